// The word tables of the document-number scanner (document_numbers.cc): document types
// with their Vietnamese and English names, the codes and the type words that give them,
// and the issuers by code.
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace kg::extract::document_scan {

// Document types; the tables store them, NameOf names them (0: not known).
enum Type : int {
  kUnknown,
  kResolution,
  kDirective,
  kConclusion,
  kDecision,
  kRegulation,
  kPlan,
  kProgramme,
  kNotice,
  kDispatch,
  kDecree,
  kCircular,
  kLaw,
  kOfficialLetter,
  kGuideline,
  kReport,
  kProject,
  kProposal,
};
struct TypeName {
  std::string_view vi, en;
};
const TypeName& NameOf(Type type);  // {"", ""} for kUnknown

// The type a code names ("NQ", "QĐ", "TTr"); kUnknown when none.
Type TypeOfCode(std::string_view code);

// Type words before a number, as LexiconKey words, longest first. kUnknown marks a generic
// word ("văn bản") that still belongs to the mention but leaves the type to the code.
struct Phrase {
  std::array<std::string_view, 4> words;
  int size;
  Type type;
};
// Every type phrase, longest first.
std::span<const Phrase> TypePhrases();

// The national body a code names, "" when none: Party codes ("TW", "BCT" the Politburo)
// and state codes ("CP", "BCT" the Ministry of Industry and Trade).
std::string_view PartyIssuerName(std::string_view code);
std::string_view StateIssuerName(std::string_view code);
// A provincial state issuer: the code starts with "UBND", "HĐND", "TU" ….
bool HasLocalStatePrefix(std::string_view code);

// Numbered papers that are no documents here: contracts, permits, minutes and court cases
// ("12/2017/DS-ST", "05/HĐ-EPC", "19/GP-SXD"), unless a type word says otherwise.
bool IsOtherPaper(std::string_view code);

}  // namespace kg::extract::document_scan
