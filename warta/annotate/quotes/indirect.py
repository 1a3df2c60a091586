"""Indirect and mixed quotes: a cue verb with its content clause, in one sentence.

Shapes read here (speaker, cue, content):
`X mengatakan(,) (bahwa) C.` / `X meminta Y untuk C.` / `Menurut X, C.` /
`C, kata X.` / `A, kata X, B.` / `C, menurut X.` / `X disebut C` (passive: no speaker
unless the next sentence names one). The span is the content clause without the
final full stop; a clause that quotes words verbatim is `mixed`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...lang.id import patterns
from .direct import is_pronoun_cue
from .speakers import OUTLETS
from .clause import ADVERBIAL_LEADS, GOVERNORS, after_adverbial, NOT_SUBJECTS, comma_segments, has_predicate
from .tokens import Tok

OBJECT_STARTS = {"hal", "isi", "soal", "tentang", "mengenai", "terkait", "kepada", "dengan", "pada", "di", "ke",
                 "dari", "oleh", "sebagai", "itu", "ini", "tersebut", "nama", "jumlah", "data", "apresiasi", "rasa",
                 "pendapat", "pernyataan", "alasan", "rencana", "keinginan", "harapan", "kabar", "informasi", "bahwasanya",
                 "keunggulan", "kekalahan", "kemenangan", "satu", "tiket", "pertanyaan"}  # `mengakui keunggulan X`, `memastikan satu tempat`
NOT_BEFORE = {"yang", "untuk", "agar", "supaya", "dapat", "bisa", "harus", "ingin", "mau", "akan", "perlu", "sering",
              "cara", "ketika", "saat", "sambil", "seraya",
              "jika", "bila", "apabila", "jikalau",  # `siap jika diminta membangun`: a condition, not a report
              "tak", "tidak", "belum", "enggan",  # `Irfan tak menjelaskan detil soal CD`: nothing was said
              "disebut", "diduga", "dituding", "dituduh",  # `Hasto disebut memerintahkan X`: an allegation about him
              "menolak",  # `yang menolak mengatakan negara mana`: a refusal reports nothing
              "dalam", "demi", "guna",  # `bekerja dalam memastikan semua sapi sehat`: an activity
              "seperti", "sebagaimana"}  # `seperti dilaporkan Malay Mail`: where words came from (fronted: a source phrase)
# `Sebelumnya diberitakan, ...`: the outlet points back to its own reporting
OWN_REPORT = {"diberitakan", "dikabarkan", "dilaporkan"}
# `Mike Tyson dilaporkan telah mencapai kesepakatan`: a named subject's reported plans (no speaker named)
RAISED_AUXILIARIES = {"akan", "telah", "sudah", "tengah", "sedang", "bakal"}
OWN_REPORT_LEAD = {"sebelumnya", "seperti", "sebagaimana", "telah", "sudah", "pernah", "juga", "yang", "sempat"}
# `Itu menambahkan unsur lokal`, `Langkah ini menegaskan posisi GAC`: a thing, not a speaker
DEMONSTRATIVE_SUBJECTS = {"itu", "ini", "hal itu", "hal ini", "hal tersebut", "langkah ini", "langkah itu",
                          "langkah tersebut", "hal ini juga", "itu juga", "ini juga"}
SKIP_AFTER = {"kembali", "juga", "pula", "pun", "lagi", "lebih", "lanjut"}
CONNECTIVES = {"dengan", "karena", "oleh", "untuk", "selain", "namun", "tetapi", "akan", "jadi", "maka", "sehingga",
               "makanya", "intinya", "pokoknya", "sebab", "meski", "walau", "bahkan"}  # `Dengan begitu, kata dia, C`
RELAY_STARTS = {"dikutip", "dilansir", "melansir", "mengutip", "seperti", "sebagaimana"}
DIRECTIVE_STOPS = {"setelah", "sebelum", "sejak"}
QUESTION_CUES = {"menanyakan", "mencecar", "mempertanyakan", "bertanya", "ditanyakan"}
INTERROGATIVES = {"apakah", "mengapa", "kenapa", "bagaimana", "berapa", "siapa", "kapan", "dimana", "di", "apa",
                  "kalau", "benarkah", "bisakah", "mungkinkah", "sejauh"}
FIRST_PERSON = {"saya", "aku", "kami", "kita"}
COMPLEMENTISERS = {"bahwa", "kalau", "bahwasanya"}
DETERMINERS = {"itu", "ini", "tersebut"}
NOT_SPEAKER_STARTS = {"nanti", "ke", "di", "dari", "dengan", "yang", "untuk", "dan", "atau", "lagi", "saja", "pun",
                      "akan", "sudah", "telah", "belum", "bisa", "dapat", "harus", "tidak", "tak", "ini", "itu", "pada"}
NAME_CONTINUES = {"dari", "di", "yang", "dan", "bin", "binti", "van", "de", "von", "al"}  # `Menurut Kepala Dinas di ...`
PURPOSIVES = {"untuk", "agar", "supaya"}
PURPOSE_REACH = 10  # tokens from a directive cue to the `untuk/agar` of its content (`mendorong Kortas Tipikor Polri untuk C`)
RELATIVE_HEAD_STOPS = {"oleh", "dari", "kepada", "dengan", "bahwa", "dan"}
RELATIVE_LEADS = {"yang", "seraya", "sambil"}
REFLEXIVES = {"dirinya", "diri", "dirinya sendiri"}  # `yang menyebut dirinya nabi`: naming, not reporting
PRONOUNS = {"dia", "ia", "beliau", "mereka"}
QUOTE_CHARS = set("“”\"«»")
PASSIVE_NEEDS_BAHWA = {"disampaikan", "diungkapkan", "dijelaskan", "ditegaskan", "dinyatakan", "diakui", "dinilai",
                       "diklaim", "diumumkan", "ditekankan", "dituturkan", "dipaparkan", "diterangkan", "ditambahkan",
                       "diserukan", "dituntut", "didesak", "diimbau", "dituliskan", "diperkirakan", "diberitakan",
                       "disebutkan", "dikatakan", "dikonfirmasi"}


def _lexicon() -> tuple[dict[str, dict], dict[str, dict]]:
    """Verb forms, and the inverted forms that can report without quotation marks
    (`A, tambah dia`); `post_quoted` forms (`sampai`, `nilai`, `aku`) are everyday
    words that report only right after a closing mark."""
    verbs, post = {}, {}
    for row in patterns("cues"):
        for form in row["forms"]:
            verbs[form] = row
        for form in row.get("post", []):
            if form not in row.get("post_quoted", ()):
                post[form] = row
    return verbs, post


VERBS, POST = _lexicon()
MAX_WORDS = max(len(f.split()) for f in VERBS)
# `Disebutkannya, C`: a passive cue with `-nya` points back to the last speaker
PASSIVE_NYA = {f + "nya": VERBS[f] for f in VERBS if f.startswith("di") and " " not in f}
FIRST_WORDS = {f.split()[0] for f in VERBS} | set(POST) | set(PASSIVE_NYA) | {"menurut", "menurutnya"}
# words that may stand before a fronted passive cue: `Sementara itu, dikatakan X, C`
FRONT_LEAD = {"sementara", "itu", "lebih", "lanjut", "selain", "juga", "namun", "kemudian", "lalu", "sebelumnya",
              "adapun", "dan", "masih", "tak", "hanya"}


@dataclass
class Clause:
    """A content clause found around a cue: character offsets, the cue and where the speaker is."""
    start: int
    end: int
    cue_start: int
    cue_end: int
    np_start: int | None
    np_end: int | None
    direction: str  # "before": speaker in np before the cue; "after": after it
    pronoun: bool = False
    passive: bool = False
    kind: str = "indirect"
    bahwa: bool = False


def cue_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The cue starting at token i (longest form first): (form, number of tokens)."""
    if tokens[i].lower_ not in FIRST_WORDS:
        return None
    for n in range(MAX_WORDS, 0, -1):
        if i + n > len(tokens):
            continue
        text = " ".join(t.lower_ for t in tokens[i:i + n])
        if text in VERBS or (n == 1 and (text in POST or text in PASSIVE_NYA or text in ("menurut", "menurutnya"))):
            return text, n
    return None


def _trim_end(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[-1].is_space or tokens[-1].text in {".", ",", ";", ":", "!"}):
        tokens = tokens[:-1]
    return tokens


def span_chars(tokens: list[Token]) -> tuple[int, int] | None:
    """Character range of tokens, without the spaces and punctuation at their edges."""
    tokens = _trim_end(tokens)
    while tokens and (tokens[0].is_space or tokens[0].text in {",", ":"}):
        tokens = tokens[1:]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def word_count(tokens: list[Token]) -> int:
    """Words and numbers among tokens (punctuation and spaces do not count)."""
    return sum(1 for t in tokens if t.is_alpha or t.like_num)


def trailing_attribution(tokens: list[Token]) -> int | None:
    """Index of a trailing `, kata X` / `, ujarnya` / `, menurut X` / `, X melaporkan ...`
    after which the clause stops."""
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].text != ",":
            continue
        rest = [t for t in tokens[k + 1:] if not t.is_space]
        if not rest:
            continue
        low = rest[0].lower_
        if low in POST or low in ("menurut", "menurutnya"):
            return k
        lows = [t.lower_ for t in rest[:6]]
        if any(w in ("melaporkan", "mengatakan", "menambahkan") for w in lows[1:5]) and rest[0].text[:1].isupper():
            return k
    return None


def find_clauses(sentence: list[Token], inside_quote) -> list[Clause]:
    """Content clauses of one sentence (tokens), skipping cues inside a direct quote
    (`inside_quote(char)` says so) unless they are followed by `bahwa` (nested quotes)."""
    found: list[Clause] = []
    tokens = [t for t in sentence if not t.is_space or "\n" not in t.text]
    trailing = _trailing_according(tokens, inside_quote)
    if trailing:
        return [trailing]
    i = 0
    while i < len(tokens):
        match = cue_at(tokens, i)
        if not match:
            i += 1
            continue
        form, n = match
        cue_tokens = tokens[i:i + n]
        before = tokens[:i]
        quoted = inside_quote(tokens[i].idx)
        clause = None
        if form in ("menurut", "menurutnya"):
            clause = _according(tokens, i, form)
        elif form in POST and form not in VERBS:
            clause = _inverted(tokens, i, form)
        elif before and before[-1].lower_ in NOT_BEFORE:
            inside = any(c.start <= tokens[i].idx < c.end for c in found)  # `Menurut X, temuan yang mencatat C`
            clause = None if inside else _relative(tokens, i, n, form)
        elif form in PASSIVE_NYA or (form.startswith("di") and form not in OWN_REPORT and all(t.is_punct or t.lower_ in FRONT_LEAD for t in before)):
            clause = _fronted(tokens, i, n, form)
            if clause is None and form not in PASSIVE_NYA:
                clause = _verb(tokens, i, n, form)
        else:
            clause = _verb(tokens, i, n, form)
        if clause and clause.direction == "before" and found and _coordinated(before):
            clause.np_start, clause.np_end = found[-1].np_start, found[-1].np_end  # `X menilai A dan menduga B`
        if clause and quoted:
            # `“... Dan kita berharap bahwa ...,” kata X`: the quoted speaker's own words, not a nested report
            first_person = bool(before) and before[-1].lower_ in FIRST_PERSON or (
                len(before) >= 2 and before[-2].lower_ in FIRST_PERSON and before[-1].lower_ in SKIP_AFTER | {"sangat", "tentu"})
            nested = clause.bahwa and clause.direction == "before" and not first_person
            clause = clause if nested else None
        if clause:
            clause.cue_start, clause.cue_end = cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1].text)
            found.append(clause)
        i += n
    return found


def _trailing_according(tokens: list[Token], inside_quote) -> Clause | None:
    """`C, menurut bocoran memo yang dilihat oleh Politico.`, `C, menurut X, seorang profesor di Y.`:
    the whole sentence before is the content when nothing after the source is a clause (only
    appositions: `A, menurut X, B akan naik` is read by `_according`)."""
    for k in range(len(tokens) - 2, 1, -1):
        if tokens[k].lower_ == "menurut" and tokens[k - 1].text == "," and not inside_quote(tokens[k].idx):
            segments = comma_segments([t for t in tokens[k + 1:] if t.text not in {".", "!", "?"}])
            if (tokens[k - 2].text in QUOTE_CHARS or any(has_predicate(seg) for seg in segments[1:])
                    or not any(has_predicate(seg) for seg in comma_segments(tokens[:k - 1]))):
                return None  # interposed, or nothing said before (`Dilansir X, menurut Y, C`)
            span = span_chars(tokens[:k])
            np = span_chars(tokens[k + 1:])
            if not span or not np or word_count(tokens[:k]) < 4:
                return None
            return Clause(span[0], span[1], tokens[k].idx, tokens[k].idx + len(tokens[k].text), np[0], np[1], "after")
    return None


def _verb(tokens: list[Token], i: int, n: int, form: str) -> Clause | None:
    row = VERBS[form]
    passive = form.startswith("di") or form == "tertulis"
    j = i + n
    while j < len(tokens) and tokens[j].lower_ in SKIP_AFTER:
        j += 1
    has_bahwa = False
    # `menulis dalam surat pengunduran dirinya bahwa ...`: a short phrase before `bahwa`
    adverbial = j < len(tokens) and tokens[j].lower_ in ADVERBIAL_LEADS  # commas of a date may stand inside
    for k in range(j, min(j + 16, len(tokens))):
        if tokens[k].lower_ in COMPLEMENTISERS:
            if k == j or adverbial or tokens[j].text == "," or k - j <= 2:
                j, has_bahwa = k + 1, True
            break
        if tokens[k].text in {".", "“", "”", "\""} or tokens[k].text == "," and not adverbial:
            break
    separated = False
    if not has_bahwa and (after := after_adverbial(tokens, j)) is not None:
        j, separated = after, True  # `mengatakan kepada wartawan, Senin (6/11), C`
    while j < len(tokens) and tokens[j].text in {",", ":"}:
        j += 1
        separated = True
    if j < len(tokens) and tokens[j].lower_ in COMPLEMENTISERS and not has_bahwa:
        j += 1
        has_bahwa = True
    rest = tokens[j:]
    if not passive and all(t.is_punct or t.is_space for t in rest):
        return _closing(tokens, i, form)  # `C, ESA melaporkan.`
    if not rest or rest[0].text in QUOTE_CHARS:
        return None  # `X mengatakan, “...”`: a direct quote's attribution
    lead = [t.lower_ for t in tokens[:i] if not t.is_punct and not t.is_space]
    following = tokens[i + n:i + n + 1][0]
    raised = following.lower_ in RAISED_AUXILIARIES and any(t.is_title for t in tokens[:i])  # `Tyson dilaporkan telah ...`
    if form in OWN_REPORT and (all(w in OWN_REPORT_LEAD for w in lead) or not (following.text[:1].isupper() or raised)):
        return None  # and `dua orang dilaporkan tewas`: the article's own report, no agent named
    if " ".join(lead) in DEMONSTRATIVE_SUBJECTS or lead and lead[-1] in GOVERNORS:
        return None  # and `gagal memastikan lolos`: the cue names an aim or a result
    if any(w in NOT_SUBJECTS for w in lead[-3:]):
        return None  # `22,4 persen responden menyatakan tidak puas`: a survey's answer, not a statement
    if row["kind"] == "report" and _names_a_relay(rest):
        return None  # `seperti dilaporkan Malay Mail, 15 September`: where the words came from, not words
    cut = trailing_attribution(rest)
    if cut is not None:
        rest = rest[:cut]
    rest = rest[:_coordinated_cue(rest)]
    if row["kind"] == "directive" and len(rest) > 3 and rest[0].lower_ == "kepada":
        rest = rest[1:]  # `mengimbau kepada jamaah untuk taat ...`: the addressee opens the directive
        if not (any(t.lower_ in PURPOSIVES for t in rest) or has_predicate(rest)):
            return None  # `meminta kepada wartawan salinan dokumen`: a thing asked for
    first = rest[0].lower_ if rest else ""
    if form in QUESTION_CUES and first not in INTERROGATIVES:
        return None  # `mencecar Cecep soal nomor ponsel`: the topic of a question, not its words
    needs = row.get("needs")
    if (needs == "bahwa" and not has_bahwa or needs == "clause" and not (has_bahwa or separated)
            or needs == "predicate" and not (has_bahwa or separated or has_predicate(rest))
            or needs == "purpose" and not _purpose(rest)):
        return None  # `menunjukkan kebolehannya`, `melanjutkan kuliah`, `mendorong pertumbuhan`: no content clause
    if not has_bahwa and not separated:
        if passive and form in PASSIVE_NEEDS_BAHWA:
            return None
        if first in OBJECT_STARTS or first in ("sebagai",) or word_count(rest) < (2 if has_predicate(rest) else 4):
            return None  # a short clause needs a predicate: `mengaku hanya bersahabat`
    if word_count(rest) < 2 or (passive and word_count(rest) < 4):
        return None
    if form in ("menyebut", "disebut") and any(t.lower_ == "sebagai" for t in rest[:5]):
        return None  # `menyebut X sebagai Y` names, it does not report
    if form == "tertulis" and i > 0 and tokens[i - 1].lower_ in ("keterangan", "pernyataan", "jawaban", "pesan", "secara"):
        return None
    if passive and first in ("sebagai", "oleh", "dengan", "dalam", "atas", "karena", "soal", "terkait", "tentang", "mengenai"):
        return None  # `X diperingatkan atas unggahan videonya`: the reason or topic, not the words
    if row["kind"] == "directive":  # `mendesak Iran kembali berunding setelah serangan ...`: the demand, not its occasion
        stop = next((k for k, t in enumerate(rest) if k >= 2 and t.lower_ in DIRECTIVE_STOPS), None)
        if stop is not None:
            rest = rest[:stop]
    span = span_chars(rest)
    if span is None:
        return None
    subject = [t for t in tokens[:i]]
    np = span_chars(subject) if subject else None
    if not subject and not passive and row["kind"] != "report":
        return None
    return Clause(span[0], span[1], 0, 0, np[0] if np else None, np[1] if np else None, "before", passive=passive,
                  bahwa=has_bahwa)


def _purpose(rest: list[Token]) -> bool:
    """Whether the words after a directive cue are an addressee and its `untuk/agar` clause
    (`pihaknya untuk menciptakan C`), not an object that holds one (`penekanan pada X, yakni
    kemampuan untuk C`)."""
    for t in rest[:PURPOSE_REACH]:
        if t.lower_ in PURPOSIVES:
            return True
        if t.text in {",", ".", ";", ":"}:
            return False
    return False


def _closing(tokens: list[Token], i: int, form: str) -> Clause | None:
    """`C, ESA melaporkan.` / `C, kata para ahli mengatakan.`: an active cue closing its sentence,
    a short subject after the last comma, the clause before that comma."""
    comma = max((k for k in range(i) if tokens[k].text == ","), default=None)
    if comma is None or comma < 2 or tokens[comma - 1].text in QUOTE_CHARS or VERBS[form]["kind"] not in ("speech", "report"):
        return None
    subject = [t for t in tokens[comma + 1:i] if not t.is_space]
    if not 1 <= len(subject) <= 6 or not (subject[0].is_title or subject[0].text.isupper() or subject[0].lower_ in PRONOUNS):
        return None
    before = tokens[:comma]
    if word_count(before) < 4 or not any(has_predicate(seg) for seg in comma_segments(before)):
        return None
    span, np = span_chars(before), span_chars(subject)
    if not span or not np:
        return None
    return Clause(span[0], span[1], 0, 0, np[0], np[1], "before")


def _relative(tokens: list[Token], i: int, n: int, form: str) -> Clause | None:
    """`pasal 4B yang mengatakan bahwa C`, `kata Cano, seraya menambahkan C`: an active speech cue
    in a relative or accompanying clause still reports C, when C is a clause (`bahwa`, a
    predicate); `yang menyebut dirinya`, `sambil menunjukkan kartu` do not."""
    if tokens[i - 1].lower_ not in RELATIVE_LEADS or form.startswith("di") or VERBS[form]["kind"] not in ("speech", "cognition"):
        return None
    if i >= 2 and tokens[i - 2].lower_ in INTERROGATIVES:
        return None  # `siapa yang memastikan bahwa C?`: a question, no one reports C
    clause = _verb(tokens, i, n, form)
    if clause is None:
        return None
    # the speaker is the noun phrase the relative clause hangs on (`dibenarkan oleh Niki yang menilai`)
    head = max((k for k in range(i - 1) if tokens[k].text == "," or tokens[k].lower_ in RELATIVE_HEAD_STOPS), default=-1)
    np = span_chars(tokens[head + 1:i - 1])
    if np and tokens[i - 1].lower_ == "yang":
        clause.np_start, clause.np_end = np
    if clause.bahwa:
        return clause
    rest = [t for t in tokens[i + n:] if t.idx >= clause.start]
    return clause if has_predicate(rest) and rest[0].lower_ not in REFLEXIVES else None


COORDINATORS = {"dan", "serta", "sekaligus", "lalu", "kemudian"}


def _coordinated(before: list[Token]) -> bool:
    """Whether a cue follows a coordinator (`... dan juga menduga`): it shares the subject before."""
    k = len(before) - 1
    while k >= 0 and before[k].lower_ in SKIP_AFTER:
        k -= 1
    return k >= 0 and before[k].lower_ in COORDINATORS


def _coordinated_cue(rest: list[Token]) -> int | None:
    """Where the clause stops because a second cue verb of the same subject starts
    (`menilai A dan menduga B`: A ends before `dan`), else None."""
    for k in range(2, len(rest) - 1):
        if rest[k].lower_ not in COORDINATORS:
            continue
        m = k + 1
        while m < len(rest) and rest[m].lower_ in SKIP_AFTER:
            m += 1
        match = cue_at(rest, m) if m < len(rest) else None
        if match and match[0] in VERBS and not match[0].startswith("di"):
            return k - 1 if rest[k - 1].text == "," else k
    return None


def _fronted(tokens: list[Token], i: int, n: int, form: str) -> Clause | None:
    """`Dikatakan X, C` / `Diakui oleh X, C` / `Disebutkannya, C`: a passive cue opening the
    sentence, its agent (or `-nya`) before a comma, the reported clause after it."""
    j = i + n
    while j < len(tokens) and tokens[j].lower_ in SKIP_AFTER:
        j += 1
    comma = next((k for k in range(j, min(j + 14, len(tokens))) if tokens[k].text in {",", ":"}), None)
    pronoun = form in PASSIVE_NYA
    opening = all(t.is_punct or t.lower_ in FRONT_LEAD for t in tokens[:i])
    if pronoun and opening and (comma is None or tokens[j].lower_ not in NOT_SPEAKER_STARTS | {"kepada", "saat", "ketika", "dalam"}):
        comma = j - 1  # `Disebutkannya C`: with `-nya` the agent is said, the clause follows the cue
    if comma is None:
        return None
    agent = tokens[j:comma]
    if agent and agent[0].lower_ == "oleh":
        agent = agent[1:]
    if pronoun and agent and agent[0].lower_ not in NOT_SPEAKER_STARTS | {"kepada", "saat", "ketika", "dalam"} \
            or any(t.lower_ in COMPLEMENTISERS or t.text in QUOTE_CHARS for t in agent):
        return None  # `Disebutkannya kepada wartawan, C`: an adverbial may stand where the agent would
    if not agent and opening and form in VERBS and VERBS[form]["kind"] == "speech":
        pronoun = True  # `Namun ditegaskan, C`: no agent at all, the one speaking goes on (not `Dinilai, C`)
    rest = tokens[comma + 1:]
    while rest and (rest[0].text in {",", ":"} or rest[0].lower_ in DETERMINERS | COMPLEMENTISERS):
        rest = rest[1:]
    cut = trailing_attribution(rest)
    if cut is not None:
        rest = rest[:cut]
    if word_count(rest) < 3 or rest[0].text in QUOTE_CHARS:
        return None
    span = span_chars(rest)
    np = span_chars(agent) if agent else None
    if span is None:
        return None
    return Clause(span[0], span[1], 0, 0, np[0] if np else None, np[1] if np else None, "after", pronoun)


def _names_a_relay(rest: list[Token]) -> bool:
    """The clause after a report cue is an outlet or a relay phrase (`Malay Mail, 15 September`,
    `dikutip pada Senin`), not reported content."""
    head = " ".join(t.lower_ for t in rest[:4] if not t.is_punct)
    return bool(rest) and (rest[0].lower_ in RELAY_STARTS or any(head == o or head.startswith(o + " ") for o in OUTLETS))


# a fronted adverbial before `menurut X,` (`Dalam siaran pers itu, menurut X, C`): the clause still follows
ADVERBIAL_OPENERS = {"dalam", "di", "pada", "saat", "ketika", "dari", "berdasarkan", "melalui", "lewat", "usai", "seusai"}


def _according(tokens: list[Token], i: int, form: str) -> Clause | None:
    """`Menurut X, C` / `C, menurut X` / `A, menurutnya, B` / `A menurutnya B`."""
    after = tokens[i + 1:]
    lead = [t for t in tokens[:i] if not t.is_punct]
    if form == "menurut":
        last = len(after)
        while len(lead) <= 2 and last and after[last - 1].text in {",", ".", ";"}:
            last -= 1  # `Menurut X C.,`: the comma gluing the next paragraph on is no clause boundary
        comma = next((k for k, t in enumerate(after[:last]) if t.text == ","), None)
        if comma is None:  # `Menurut David cuaca saat itu baik`: the name ends where lower case starts
            comma = next((k for k, t in enumerate(after) if not t.is_title), 0)
            if not comma or not after[comma].is_lower or after[comma].lower_ in NAME_CONTINUES:
                return None
            np_tokens, rest = after[:comma], after[comma:]
        else:
            np_tokens, rest = after[:comma], after[comma + 1:]
    else:
        np_tokens, rest = [], after
        while rest and rest[0].text == ",":
            rest = rest[1:]
    np = span_chars(np_tokens) if np_tokens else None
    pronoun = form == "menurutnya" or (np_tokens and np_tokens[0].lower_ in ("dia", "ia", "beliau"))
    adverbial = (bool(lead) and lead[0].lower_ in ADVERBIAL_OPENERS and i > 0 and tokens[i - 1].text == ","
                 and word_count(rest) >= 3 and not has_predicate(lead))
    if len(lead) <= 2 or adverbial:  # sentence-initial (`Dalam siaran pers itu, menurut X, C`): the clause follows
        if not rest or rest[0].text in QUOTE_CHARS or word_count(rest) < 3:
            return None
        span = span_chars(rest)
        return Clause(span[0], span[1], 0, 0, np[0] if np else None, np[1] if np else None, "after", pronoun) if span else None
    if i > 0 and tokens[i - 1].text == ",":
        if form == "menurut" and not any(t.text == "," for t in rest[:1]) and (not rest or word_count(rest) < 3):
            np = span_chars(after) if after else None
            span = span_chars(tokens[:i])
            if span and tokens[i - 2].text in QUOTE_CHARS:
                return None  # handled by the direct quote before it
            return Clause(span[0], span[1], 0, 0, np[0] if np else None, np[1] if np else None, "after", pronoun) if span else None
        span = span_chars(tokens)  # interposed: the whole sentence
        return Clause(span[0], span[1], 0, 0, np[0] if np else None, np[1] if np else None, "after", pronoun) if span else None
    span = span_chars(rest)
    if not span or word_count(rest) < 3:
        return None
    return Clause(span[0], span[1], 0, 0, np[0] if np else None, np[1] if np else None, "after", pronoun)


def _inverted(tokens: list[Token], i: int, form: str) -> Clause | None:
    """`C, kata X.` (clause before) or `A, kata X, B.` (interposed: whole sentence) or `Kata X, C`."""
    after = tokens[i + 1:]
    comma = next((k for k, t in enumerate(after) if t.text in {",", "."}), len(after))
    np_tokens = after[:comma]
    np = span_chars(np_tokens) if np_tokens else None
    pronoun = is_pronoun_cue(form) or bool(np_tokens and np_tokens[0].lower_ in ("dia", "ia", "beliau"))
    if i == 0 or all(t.is_punct or t.lower_ in FRONT_LEAD for t in tokens[:i]):
        # `Kata X, C` / `Masih kata X, C` / `Lanjut Budi, C` / `Sebutnya, C`: a fronted inverted cue
        named = all(t.is_title or t.lower_ in PRONOUNS or t.is_punct for t in np_tokens)
        if not (form == "kata" or named and (np_tokens or is_pronoun_cue(form))) or comma >= len(after) or len(np_tokens) > 6:
            return None
        rest = after[comma + 1:]
        span = span_chars(rest)
        if not span or word_count(rest) < 3 or rest[0].text in QUOTE_CHARS:
            return None
        return Clause(span[0], span[1], 0, 0, np[0] if np else None, np[1] if np else None, "after", pronoun)
    if tokens[i - 1].text != ",":
        return None
    if not is_pronoun_cue(form) and (not np_tokens or np_tokens[0].lower_ in NOT_SPEAKER_STARTS):
        return None  # `ke Palembang, sampai nanti ke Bandung`: no one named after the cue
    if i >= 2 and tokens[i - 2].text in QUOTE_CHARS:
        return None  # a direct quote's attribution
    rest = [t for t in after[comma + 1:] if not t.is_space]
    if word_count(tokens[:i]) < 3 and word_count(rest) >= 3 and any(t.text == "," for t in after[comma:comma + 1]):
        # `Dengan begitu, kata dia, C` / `Padahal, kata X, C` / `Saat ini, tambahnya, C`: a short
        # lead (a connective, an adverbial) is the article's; C the quote; a named subject
        # (`Presiden Prabowo, kata Rosan, telah ...`) belongs to the clause
        lead = [t for t in tokens[:i - 1] if not t.is_space]
        named = len(lead) >= 2 and all(t.is_title for t in lead) and rest[0].is_lower
        span = span_chars(tokens if named else rest)
        return Clause(span[0], span[1], 0, 0, np[0] if np else None, np[1] if np else None, "after", pronoun) if span else None
    if rest and word_count(rest) >= 2:
        span = span_chars(tokens)
    else:
        span = span_chars(tokens[:i])
    if not span or word_count(tokens[:i]) < 3:
        return None
    return Clause(span[0], span[1], 0, 0, np[0] if np else None, np[1] if np else None, "after", pronoun)


def _glued_paragraph(tokens: list[Token], k: int) -> bool:
    """Whether token k opens a paragraph an old scrape glued on with commas after the full stop
    (`... (KUHP).,"Menjatuhkan ...`, `... (LRT).,Menurut Budi, ...`, `saja.,,,"Kita ...`)."""
    if not (tokens[k].is_title or tokens[k].text in QUOTE_CHARS):
        return False
    m, commas = k - 1, 0
    while m >= 0 and (tokens[m].text == "," or tokens[m].is_space):
        commas += tokens[m].text == ","
        m -= 1
    return commas > 0 and m >= 0 and tokens[m].text[-1:] in {".", "!", "?"} and tokens[m].whitespace_ == ""


def sentence_tokens(sent: Span, doc_tokens: list[Token] | None = None) -> list[list[Token]]:
    """A sentence's tokens, split where scraping glued two sentences (`IsraelMemo tersebut
    menyerukan`): a lowercase word touching a capitalised one, with a cue verb soon after."""
    parts, current = [], []
    tokens = doc_tokens[sent.start:sent.end] if doc_tokens is not None else list(sent)
    if any(glued_cue(t) for t in tokens):
        tokens = [part for t in tokens for part in unglue(t)]
    for k, token in enumerate(tokens):
        if current and (k > 0 and tokens[k - 1].whitespace_ == "" and tokens[k - 1].is_alpha and tokens[k - 1].text[-1].islower()
                        and len(tokens[k - 1].text) >= 3 and token.is_title and len(token.text) >= 3
                        and any(cue_at(tokens, m) for m in range(k + 1, min(k + 6, len(tokens))))
                        or _glued_paragraph(tokens, k)):
            parts.append(current)
            current = []
        current.append(token)
    if current:
        parts.append(current)
    return parts


# `The Vergemengungkap,`, `Fikrimengaku`: a name glued to an active cue verb in scraping
_GLUED_FORMS = sorted({f for f in VERBS if f.startswith("me") and " " not in f and len(f) >= 6}, key=len, reverse=True)
GLUED = re.compile(rf"([A-Z][A-Za-z]*?[A-Za-z])({'|'.join(_GLUED_FORMS)})")


_GLUED_TYPES: dict[str, bool] = {}  # token text -> `glued_cue` (a `Tok`'s flags follow from its text)


def glued_cue(token: Token) -> bool:
    """Whether a token is a name with a cue verb glued to it (cheap tests first)."""
    if not isinstance(token, Tok) or len(token[0]) <= 8:
        return False
    found = _GLUED_TYPES.get(token[0])
    if found is None:
        if len(_GLUED_TYPES) > 200_000:
            _GLUED_TYPES.clear()
        found = _GLUED_TYPES[token[0]] = (not token.is_lower and token.is_alpha and GLUED.fullmatch(token.text) is not None)
    return found


def unglue(token: Token) -> list[Token]:
    """`Fikrimengaku` -> `Fikri`, `mengaku` (same index, offsets inside the token)."""
    m = GLUED.fullmatch(token.text) if glued_cue(token) else None
    if m is None:
        return [token]
    name, cue = m.group(1), m.group(2)
    return [Tok((name, name.lower(), False, False, True, False, name.istitle(), False, token.idx, token.i, "",
                 token.is_sent_start, False)),
            Tok((cue, cue, False, False, True, True, False, False, token.idx + len(name), token.i, token.whitespace_,
                 False, token.is_sent_end))]
