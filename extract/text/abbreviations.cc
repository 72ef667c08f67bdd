#include "extract/text/abbreviations.h"

#include <array>

namespace kg::text {
namespace {

constexpr unsigned kAll = kArticleText | kPostTitles | kGoldNames;

// Spellings keep the case a body name displays ("thành phố" inside "Ủy ban nhân dân thành
// phố"); readers that compare fold them.
constexpr std::array kTable = {
    Abbreviation{"HĐND", "Hội đồng nhân dân", kAll},
    Abbreviation{"UBND", "Ủy ban nhân dân", kAll},
    Abbreviation{"BCH", "Ban Chấp hành", kAll},
    Abbreviation{"BTV", "Ban Thường vụ", kArticleText | kGoldNames},
    Abbreviation{"UBKT", "Ủy ban Kiểm tra", kArticleText},
    Abbreviation{"MTTQ", "Mặt trận Tổ quốc", kArticleText | kGoldNames},
    Abbreviation{"ĐBQH", "đại biểu Quốc hội", kArticleText | kPostTitles},
    Abbreviation{"TW", "Trung ương", kAll},
    // a title's "TƯ" folds to "tu", which core_posts.cc reads as such ("Tư lệnh" folds alike)
    Abbreviation{"TƯ", "Trung ương", kArticleText},
    Abbreviation{"TP", "thành phố", kAll},
    Abbreviation{"BCS", "Ban cán sự", kArticleText},
    Abbreviation{"VN", "Việt Nam", kArticleText},
    Abbreviation{"KT-XH", "kinh tế - xã hội", kArticleText},
    Abbreviation{"QH", "Quốc hội", kArticleText},
    Abbreviation{"CP", "Chính phủ", kArticleText},
    Abbreviation{"TTg", "Thủ tướng", kArticleText},
    Abbreviation{"HĐND-UBND", "Hội đồng nhân dân - Ủy ban nhân dân", kArticleText},
    // member-of abbreviations: "UV BCT", "UVBCT", "UVTƯ Đảng", "UVTW"
    Abbreviation{"UV", "Ủy viên", kArticleText},
    Abbreviation{"BCT", "Bộ Chính trị", kArticleText},
    Abbreviation{"UVBCT", "Ủy viên Bộ Chính trị", kArticleText},
    Abbreviation{"UVTƯ", "Ủy viên Trung ương", kArticleText},
    Abbreviation{"UVTW", "Ủy viên Trung ương", kArticleText},
    Abbreviation{"BBT", "Ban Bí thư", kArticleText},
    Abbreviation{"UVTV", "Ủy viên Thường vụ", kArticleText},
    Abbreviation{"T.Ư", "Trung ương", kArticleText},
    Abbreviation{"T.W", "Trung ương", kArticleText},
    Abbreviation{"UBTVQH", "Ủy ban Thường vụ Quốc hội", kArticleText},
    // tokens of article text never end in a dot; eval's name words may
    Abbreviation{"TP.", "thành phố", kGoldNames},
    // posts written short in Role titles: "CT UBND tỉnh", "PCT HĐND"
    Abbreviation{"CT", "Chủ tịch", kPostTitles},
    Abbreviation{"PCT", "Phó Chủ tịch", kPostTitles},
};

}  // namespace

std::span<const Abbreviation> Abbreviations() { return kTable; }

}  // namespace kg::text
