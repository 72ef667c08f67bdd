# `kg build --explain ARTICLE` shows, sentence by sentence, which rule made or refused each
# fact: a post tied to its person, an event and the day that dates it, a target refused.
source "$(dirname "$0")/lib.sh"
cat > "$WORK/article.txt" <<'TXT'
Hội nghị Ban Thường vụ Tỉnh ủy
Sáng 9/4, đồng chí Lê Văn Hải, Bí thư Tỉnh ủy Hà Tĩnh chủ trì hội nghị. Về chỉ tiêu giáo dục, huyện vẫn chưa đủ 100% trường đạt chuẩn. Tỉnh phấn đấu tỷ lệ hộ nghèo giảm còn 3%.
TXT
out=$("$KG" build --explain "$WORK/article.txt")
expect_contains "$out" "== rules" "a rules section"
expect_contains "$out" "holds: 'Lê Văn Hải' | Bí thư Tỉnh ủy (post written after the name)" "the post's rule"
expect_contains "$out" "event --04-09: event noun 'hội nghị' + its day" "the event's rule"
expect_contains "$out" "chaired: 'Lê Văn Hải' before 'chủ trì'" "the chair's rule"
expect_contains "$out" "refused target '100%': a state or result cue in its clause" "a refusal"
expect_contains "$out" "target '3%': forward cue 'phấn đấu'" "a target's rule"
echo ok
