import dataclasses
from collections import Counter

import numpy as np
import pytest

from warta.annotate.entities import roles
from warta.annotate.entities.aliases import Mention, cluster, entity_name, is_acronym_of
from warta.annotate.entities import EntityRecognizer
from warta.annotate.entities.features import Featurizer, Lexicon, index_names, shape
from warta.annotate.entities.tagger import Tagger
from warta.eval.ner import Sentence
from warta.lang.id.tokenizer import WartaIndonesian
from warta.pipeline import COMPONENTS
from warta.record import to_record
from warta.train.ner import FOLDS, Settings, name_counts, train, usual_types


@pytest.fixture(scope="module")
def blank():
    return WartaIndonesian()


def mention(text, label, start, roles_=()):
    return Mention(start, start + len(text.split()), start * 10, start * 10 + len(text), text, label, list(roles_))


@pytest.mark.parametrize("word, expected", [("Blinken", "Xx"), ("PBB", "X"), ("12.000", "d.d"), ("Bangsa-Bangsa", "Xx-Xx")])
def test_entities_word_shapes(word, expected):
    assert shape(word) == expected


def test_entities_features_mark_multiword_places_from_the_gazetteer():
    rows = Featurizer().sentence(["Gubernur", "Jawa", "Barat", "tiba"])
    assert "gz=B" in rows[1] and "gz=I" in rows[2] and not any(f.startswith("gz=") for f in rows[3])


def test_entities_features_mark_names_known_from_training_data():
    names = index_names([(("arema",), "ORG"), (("universitas", "gadjah", "mada"), "ORG"), (("gadjah", "mada"), "PER")])
    featurizer = Featurizer(dataclasses.replace(Lexicon.default(), names=names), domain="nergrit")
    rows = featurizer.extras("Pemain Arema di Universitas Gadjah Mada , bukan arema".split())
    assert "nm=B-ORG" in rows[1] and "nm=B-ORG@nergrit" in rows[1] and "nm+1=B-ORG" in rows[0]
    assert "nm=I-ORG" in rows[5] and "nm=I-PER" not in rows[5] and "nm.end" in rows[5]  # the longest name wins
    assert not any(f.startswith("nm=") for f in rows[8])  # a name starts on a word not in lower case


def test_entities_names_seen_in_training_are_kept_out_of_their_own_fold():
    rows = [("idner", Sentence(["Arema", "menang"], ["B-ORG", "O"]))] + [
        ("idner", Sentence(["Budi", "datang"], ["B-PER", "O"]))] * (FOLDS - 1)
    counts = name_counts(rows)
    assert counts[0][(("arema",), "ORG")] == 1
    assert (("arema",), "ORG") not in usual_types(sum(counts[1:], Counter()))
    assert usual_types(counts[0] + counts[0] + counts[1]) == [(("arema",), "ORG"), (("budi",), "PER")]


def test_entities_features_copy_word_features_per_domain():
    plain, marked = Featurizer().sentence(["Gaza"])[0], Featurizer(domain="idner").sentence(["Gaza"])[0]
    assert "w=gaza@idner" in marked and "w=gaza@idner" not in plain


@pytest.mark.parametrize("short, long, expected", [
    ("PBB", "Perserikatan Bangsa-Bangsa", True),
    ("Deplu", "Departemen Luar Negeri", True),
    ("Kemenkes", "Kementerian Kesehatan", True),
    ("AS", "Antony Blinken", False),
    ("Zionis", "Zionis Israel", False),
    ("KPK", "Komisi Pemilihan Umum", False),
])
def test_entities_acronyms_match_letters_or_syllables(short, long, expected):
    assert is_acronym_of(short, long) is expected


def test_entities_role_abbreviations_read_as_the_full_role():
    assert roles.normal_role("Menlu AS") == roles.normal_role("Menteri Luar Negeri Amerika Serikat (AS)")


def test_entities_role_before_a_name_runs_from_the_title_word(blank):
    doc = blank("Pernyataan Juru Bicara Departemen Luar Negeri Amerika Serikat (AS) Matthew Miller hari ini.")
    name_start = next(t.i for t in doc if t.text == "Matthew")
    start, end = roles.role_before(doc, name_start, 0)
    assert doc[start:end].text == "Juru Bicara Departemen Luar Negeri Amerika Serikat (AS)"


def test_entities_trim_name_drops_honorifics_and_degrees(blank):
    doc = blank("Menurut Presiden Dr. Ir. H. Joko Widodo, S.H., M.Si. kemarin")
    start, end, role = roles.trim_name(doc, 1, len(doc) - 1)
    assert (doc[start:end].text, doc[role[0]:role[1]].text) == ("Joko Widodo", "Presiden")


def test_entities_short_names_acronyms_and_nicknames_join_their_entity():
    mentions = [
        mention("Antony Blinken", "PER", 0), mention("Perserikatan Bangsa-Bangsa", "ORG", 3),
        mention("PBB", "ORG", 6), mention("Blinken", "PER", 8), mention("Jokowi", "PER", 10),
        mention("Joko Widodo", "PER", 12), mention("Israel", "LOC", 15),
    ]
    groups = [[mentions[i].text for i in group] for group in cluster(mentions)]
    assert groups == [["Antony Blinken", "Blinken"], ["Perserikatan Bangsa-Bangsa", "PBB"],
                      ["Jokowi", "Joko Widodo"], ["Israel"]]


def test_entities_nickname_alone_is_named_by_its_full_form():
    assert entity_name([mention("Jokowi", "PER", 0)], "PER") == "Joko Widodo"


class FixedTagger:
    """Stands in for the CRF: tags the words it is told to."""

    def __init__(self, labels: dict[str, str]):
        self.labels = labels

    def tag_many(self, sentences, domain=None):
        return [self.tag(words) for words in sentences]

    def tag(self, words, domain=None):
        out, previous = [], None
        for word in words:
            kind = self.labels.get(word)
            out.append("O" if kind is None else ("I-" if previous == kind else "B-") + kind)
            previous = kind
        return out


def test_entities_component_links_roles_aliases_and_role_mentions(blank):
    text = ("Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken tiba di Israel. "
            "Blinken bertemu pejabat Israel. Menlu AS itu lalu pulang.")
    doc = blank(text)
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0 or doc[i - 1].text == "."
    tagger = FixedTagger({"Amerika": "LOC", "Serikat": "LOC", "AS": "LOC", "Antony": "PER", "Blinken": "PER",
                         "Israel": "LOC"})
    doc = EntityRecognizer("warta_entities", tagger)(doc)
    record = to_record(doc)
    blinken = next(e for e in record["entities"] if e["type"] == "PER")
    assert blinken["name"] == "Antony Blinken"
    assert blinken["roles"] == ["Menteri Luar Negeri Amerika Serikat (AS)"]
    assert [m["text"] for m in blinken["mentions"]] == ["Antony Blinken", "Blinken", "Menlu AS"]
    places = {e["name"]: [m["text"] for m in e["mentions"]] for e in record["entities"] if e["type"] == "LOC"}
    assert places == {"Amerika Serikat": ["Amerika Serikat", "AS", "AS"], "Israel": ["Israel", "Israel"]}
    assert [(e.text, e.label_) for e in doc.ents][:3] == [("Amerika Serikat", "LOC"), ("AS", "LOC"),
                                                          ("Antony Blinken", "PER")]


def test_entities_skip_boilerplate(nlp):
    doc = nlp("Presiden Joko Widodo tiba di Bandung.\nBACA JUGA: Prabowo Subianto Bertemu Anies Baswedan di Jakarta\n")
    names = {e["name"] for e in doc._.warta_entities}
    assert "Joko Widodo" in names and not names & {"Prabowo Subianto", "Anies Baswedan"}


def test_entities_pipeline_order():
    assert COMPONENTS.index("warta_entities") == COMPONENTS.index("warta_sentences") + 1


def test_entities_shipped_model_tags_a_news_sentence():
    words = "Presiden Joko Widodo meresmikan Bendungan Sadawarna di Subang , Jawa Barat , Senin .".split()
    labels = Tagger().tag(words)
    assert labels[1:3] == ["B-PER", "I-PER"] and labels[9:11] == ["B-LOC", "I-LOC"]


def test_entities_tagger_decodes_as_crfsuite_does():
    tagger = Tagger()
    sentences = [
        "Menteri Luar Negeri Amerika Serikat ( AS ) Antony Blinken tiba di Tel Aviv , Israel .".split(),
        "Kementerian Kesehatan Gaza menyebut 10.000 orang tewas .".split(),
        ["PBB"],
    ]
    expected = [tagger.tag_with_crfsuite(words) for words in sentences]
    assert tagger.tag_many(sentences) == expected
    assert [tagger.tag(words, "nergrit") for words in sentences] == [
        tagger.tag_with_crfsuite(words, "nergrit") for words in sentences]


def test_entities_word_weights_are_the_sums_of_the_word_features():
    # first sight of a word form looks its weights up a feature template at a time; the
    # sums must be those of its feature strings, to the last bit (labels depend on ties)
    tagger = Tagger()
    words = ["Blinken", "PBB", "10.000", "Bangsa-Bangsa", "dr.", ",", "menyebut", "Dr", "AS", "x@y"]
    for domain in ("nerui", None):
        featurizer = tagger.featurizer(domain)
        table, ids = tagger._table(domain, words)
        for word, row in zip(words, table.rows[ids]):
            own, context = featurizer.features(word)
            groups = [[tagger.row[f] for f in features] + [len(tagger.row)] for features in (own, *context)]
            starts = np.cumsum([0, *map(len, groups)])[:-1]
            expected = np.add.reduceat(tagger.weights[[r for g in groups for r in g]], starts, axis=0)
            assert row.tobytes() == expected.tobytes(), word


def test_entities_trainer_writes_a_usable_model(tmp_path):
    rows = [("idner", Sentence(["Joko", "Widodo", "ke", "Bandung", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"])),
            ("idner", Sentence(["KPK", "periksa", "Budi", "."], ["B-ORG", "O", "B-PER", "O"]))] * 5
    path = train(rows, tmp_path / "tiny.crfsuite", Settings(iterations=20), log=lambda _: None)
    assert Tagger(path).tag(["Joko", "Widodo", "ke", "Bandung"], "idner") == ["B-PER", "I-PER", "O", "B-LOC"]


@pytest.mark.slow
def test_entities_seed_article_people_places_and_organisations(nlp, shared):
    text = (shared / "seeds" / "000_179138c53795d211.txt").read_text(encoding="utf-8")
    entities = {e["name"]: e for e in to_record(nlp(text))["entities"]}
    assert entities["Antony Blinken"]["type"] == "PER"
    assert "Menteri Luar Negeri Amerika Serikat (AS)" in entities["Antony Blinken"]["roles"]
    assert {"Blinken", "Antony Blinken"} <= {m["text"] for m in entities["Antony Blinken"]["mentions"]}
    assert entities["Benny Gantz"]["type"] == "PER"
    assert entities["Matthew Miller"]["roles"][0].startswith("Juru Bicara Departemen Luar Negeri")
    for place in ("Amerika Serikat", "Israel", "Gaza", "Palestina"):
        assert entities[place]["type"] == "LOC", place
    assert entities["Hamas"]["type"] == "ORG"


def _annotate(blank, text, labels):
    doc = blank(text)
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0 or doc[i - 1].text == "."
    return to_record(EntityRecognizer("warta_entities", FixedTagger(labels))(doc))


def test_entities_definite_role_phrase_links_the_last_person_with_that_role(blank):
    record = _annotate(blank, "Kepala Pusat Penerangan Hukum Kejaksaan Agung Dr. Tony Spontana, S.H. hadir. "
                              "Presiden Joko Widodo datang. Menurut sang kepala, berkas lengkap.",
                       {"Tony": "PER", "Spontana": "PER", "Joko": "PER", "Widodo": "PER"})
    tony = record["entities"][0]
    assert (tony["name"], tony["roles"]) == ("Tony Spontana", ["Kepala Pusat Penerangan Hukum Kejaksaan Agung"])
    assert [m["text"] for m in tony["mentions"]] == ["Tony Spontana", "sang kepala"]


def test_entities_nickname_and_full_name_are_one_person(blank):
    record = _annotate(blank, "Presiden Joko Widodo tiba. Jokowi lalu berpidato.",
                       {"Joko": "PER", "Widodo": "PER", "Jokowi": "PER"})
    assert [(e["name"], [m["text"] for m in e["mentions"]]) for e in record["entities"]] == [
        ("Joko Widodo", ["Joko Widodo", "Jokowi"])]


def test_entities_a_person_span_ending_in_a_country_is_the_country(blank):
    record = _annotate(blank, "Serangan Zionis Israel berlanjut.", {"Zionis": "PER", "Israel": "PER"})
    assert [(e["name"], e["type"]) for e in record["entities"]] == [("Israel", "LOC")]


def test_entities_a_name_glued_to_the_next_word_ends_where_the_word_starts(blank):
    record = _annotate(blank, "Presiden Prabowo Subiantomencabut izin itu. Dewi Wulandari hadir.",
                       {"Prabowo": "PER", "Subiantomencabut": "PER", "Dewi": "PER", "Wulandari": "PER"})
    assert [(e["name"], [m["text"] for m in e["mentions"]]) for e in record["entities"]] == [
        ("Prabowo Subianto", ["Prabowo Subianto"]), ("Dewi Wulandari", ["Dewi Wulandari"])]
    assert record["text"][record["entities"][0]["mentions"][0]["end"]:].startswith("mencabut")


@pytest.mark.parametrize("text", ["Menteri Sosial Saifullah Yusuf (Gus Ipul) datang. Ipul tersenyum.",
                                  "Menteri Sosial Saifullah Yusuf atau Ipul datang. Ipul tersenyum.",
                                  "Menteri Sosial Saifullah Yusuf yang akrab disapa Ipul datang. Ipul tersenyum."])
def test_entities_another_name_written_beside_the_full_name_is_the_same_person(blank, text):
    record = _annotate(blank, text, {"Saifullah": "PER", "Yusuf": "PER", "Ipul": "PER"})
    assert [(e["name"], [m["text"] for m in e["mentions"]]) for e in record["entities"]] == [
        ("Saifullah Yusuf", ["Saifullah Yusuf", "Ipul", "Ipul"])]


def test_entities_two_names_joined_by_atau_are_a_choice_not_one_person(blank):
    record = _annotate(blank, "Andi atau Budi akan datang.", {"Andi": "PER", "Budi": "PER"})
    assert [e["name"] for e in record["entities"]] == ["Andi", "Budi"]


def test_entities_a_noun_opening_the_sentence_is_not_part_of_the_name(blank):
    record = _annotate(blank, "Ketidakhadiran Maia Estianty ternyata beralasan.",
                       {"Ketidakhadiran": "PER", "Maia": "PER", "Estianty": "PER"})
    assert [e["name"] for e in record["entities"]] == ["Maia Estianty"]


def test_entities_a_name_never_runs_across_a_bracket(blank):
    record = _annotate(blank, "Serangan di Tel Aviv. (AP Photo/Leo Correa)Sayyed Khamenei menyatakan perang.",
                       {"Leo": "PER", "Correa)": "PER", "Sayyed": "PER", "Khamenei": "PER"})
    assert [e["name"] for e in record["entities"]] == ["Sayyed Khamenei"]


def test_entities_a_name_starts_after_words_glued_to_it(blank):
    record = _annotate(blank, "Inovasi Keamanan SiberSudarnoto Hakim menambahkan bahwa itu benar.",
                       {"Siber": "PER", "Sudarnoto": "PER", "Hakim": "PER"})
    assert [e["name"] for e in record["entities"]] == ["Sudarnoto Hakim"]


def test_entities_a_glued_word_the_article_also_writes_alone_is_cut_from_the_name(blank):
    record = _annotate(blank, "Hasil ini bikin sang pelatih Luis Enriquefrustrasi. Wajar jika Enrique frustrasi betul.",
                       {"Luis": "PER", "Enriquefrustrasi": "PER", "Enrique": "PER"})
    assert [(e["name"], [m["text"] for m in e["mentions"]]) for e in record["entities"]] == [
        ("Luis Enrique", ["Luis Enrique", "Enrique"])]


@pytest.mark.parametrize("text, tags", [
    ("Psikolog Terma Wahyu Rudina hadir. Didi, sapaannya, mengatakan itu.",
     {"Terma": "PER", "Wahyu": "PER", "Rudina": "PER", "Didi": "PER"}),
    ("Rudina, sapaan akrab Terma Wahyu Rudina, datang. Ia tersenyum.",
     {"Rudina": "PER", "Terma": "PER", "Wahyu": "PER"}),
])
def test_entities_a_nickname_marked_as_such_is_the_person_it_names(blank, text, tags):
    record = _annotate(blank, text, tags)
    assert [e["name"] for e in record["entities"]] == ["Terma Wahyu Rudina"]


def test_entities_a_specialist_title_after_the_name_is_neither_name_nor_person(blank):
    doc = blank("dr. Henry Suhendra, Sp.OT mengatakan itu.")
    assert "Sp.OT" in [t.text for t in doc]
    record = _annotate(blank, "dr. Henry Suhendra, Sp.OT mengatakan itu.",
                       {"Henry": "PER", "Suhendra": "PER", "Sp.OT": "PER"})
    assert [e["name"] for e in record["entities"]] == ["Henry Suhendra"]
