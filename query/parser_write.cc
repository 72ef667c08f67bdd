// The write clauses' items: SET, REMOVE and MERGE (with ON CREATE / ON MATCH); see parser.h.
#include "query/parser_internal.h"

namespace kg::query::internal {

// SET a.x = e | a = e | a += e | a:L1:L2, …
void Parser::ParseSetItems(std::vector<SetItem>& items) {
  do {
    SetItem item;
    item.offset = Peek().offset;
    ExprPtr target = ParsePostfix();
    if (target->kind == ExprKind::kLabelCheck) {
      item.kind = SetItem::Kind::kAddLabels;
      item.labels = std::move(target->names);
      item.target = std::move(target->children[0]);
    } else if (target->kind == ExprKind::kProperty) {
      ExpectSymbol("=");
      item.kind = SetItem::Kind::kProperty;
      item.target = std::move(target);
      item.value = ParseExpr();
    } else if (target->kind == ExprKind::kVariable) {
      if (AcceptSymbol("+=")) {
        item.kind = SetItem::Kind::kMergeMap;
      } else {
        ExpectSymbol("=");
        item.kind = SetItem::Kind::kReplaceAll;
      }
      item.target = std::move(target);
      item.value = ParseExpr();
    } else {
      throw SyntaxError(
          "UnexpectedSyntax",
          "SET takes a property (n.key = …), a variable (n = {…}, n += {…}) or labels (n:Label)",
          target->offset, std::max<size_t>(target->length, 1));
    }
    item.length = LastEnd() - item.offset;
    items.push_back(std::move(item));
  } while (AcceptSymbol(","));
}

// REMOVE a.x | a:L1:L2, …
void Parser::ParseRemoveItems(std::vector<SetItem>& items) {
  do {
    SetItem item;
    item.offset = Peek().offset;
    ExprPtr target = ParsePostfix();
    if (target->kind == ExprKind::kLabelCheck) {
      item.kind = SetItem::Kind::kRemoveLabels;
      item.labels = std::move(target->names);
      item.target = std::move(target->children[0]);
    } else if (target->kind == ExprKind::kProperty) {
      item.kind = SetItem::Kind::kRemoveProperty;
      item.target = std::move(target);
    } else {
      throw SyntaxError("UnexpectedSyntax", "REMOVE takes a property (n.key) or labels (n:Label)",
                        target->offset, std::max<size_t>(target->length, 1));
    }
    item.length = LastEnd() - item.offset;
    items.push_back(std::move(item));
  } while (AcceptSymbol(","));
}

// MERGE pattern [ON CREATE SET …] [ON MATCH SET …], the ON parts in any order and repeatable.
void Parser::ParseMerge(Clause& c) {
  c.pattern.push_back(ParsePatternPart());
  while (AcceptKeyword("ON")) {
    if (AcceptKeyword("CREATE")) {
      ExpectKeyword("SET");
      ParseSetItems(c.on_create);
    } else if (AcceptKeyword("MATCH")) {
      ExpectKeyword("SET");
      ParseSetItems(c.on_match);
    } else {
      Fail("expected CREATE or MATCH after ON");
    }
  }
}

}  // namespace kg::query::internal
