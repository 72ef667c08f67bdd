// The general rules the cleaner applies to single lines of a news page.
#pragma once

#include <string>
#include <string_view>

namespace kg::extract {

// White space, including NBSP and the Unicode spaces news sites paste in.
bool IsSpaceByte(std::string_view s, size_t pos);
size_t SpaceWidth(std::string_view s, size_t pos);
bool IsSpaceBefore(std::string_view s, size_t end);
size_t SpaceWidthBefore(std::string_view s, size_t end);

// A heading after which the rest of the page is not the article ("Tin liên
// quan", "Những tin mới hơn", "Văn bản QPPL", "Thống kê", comment forms...).
// Returns the reason, or nullptr.
const char* EndOfArticleMarker(std::string_view line);

// Page chrome to drop: media players, view counters, share bars, image
// markers and alt texts, "»" links, lines of punctuation. Returns the reason.
const char* ChromeLine(std::string_view line);

// "Thứ ba - 02/06/2020 15:51", "Thứ Năm, 05/12/2019, 13:51 [GMT+7]", "Cập nhật: …"
bool LooksLikeDateline(std::string_view line);

enum class MetaKind { kNone, kAuthor, kSource };
// "Tác giả bài viết: X" / "Nguồn tin: X" / "Nguồn: X" / "Theo X"; sets `value`.
MetaKind SourceOrAuthorLine(std::string_view line, std::string& value);

bool LooksLikeTitle(std::string_view line);

// A short line of capitalised or upper-case name syllables with no sentence
// punctuation, as at the foot of an article: "LÊ HÀ", "Quốc Thắng – Phạm Hưng".
bool LooksLikeByline(std::string_view line);

}  // namespace kg::extract
