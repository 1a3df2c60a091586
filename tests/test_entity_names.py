"""Person names the tagger splits, shortens or glues junk to come out whole: the entity's
name and the quote's speaker are the person's full name as the article gives it."""

import pytest

import warta
from warta.annotate.entities import EntityRecognizer
from warta.annotate.entities.aliases import is_short_form
from warta.lang.id.tokenizer import WartaIndonesian
from warta.record import to_record


@pytest.fixture(scope="module")
def blank():
    return WartaIndonesian()


class SentenceTagger:
    """Stands in for the CRF: per sentence, the labels of the words it is told to tag."""

    def __init__(self, *sentences: dict[str, str]):
        self.sentences = sentences

    def tag_many(self, sentences, domain=None):
        out = []
        for n, words in enumerate(sentences):
            labels, previous = [], None
            for word in words:
                kind = self.sentences[n].get(word) if n < len(self.sentences) else None
                labels.append("O" if kind is None else ("I-" if previous == kind else "B-") + kind)
                previous = kind
            out.append(labels)
        return out


def _entities(blank, text, *sentences):
    doc = blank(text)
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0 or doc[i - 1].text == "."
    record = to_record(EntityRecognizer("warta_entities", SentenceTagger(*sentences))(doc))
    return [(e["name"], e["type"]) for e in record["entities"]]


def test_first_names_tagged_as_an_organisation_join_the_person(blank):
    found = _entities(blank, "Juru Bicara KPK Tessa Mahardhika Sugiarto menegaskan itu. Kata Tessa, KPK tetap independen.",
                      {"KPK": "ORG", "Tessa": "ORG", "Mahardhika": "ORG", "Sugiarto": "PER"},
                      {"Tessa": "PER", "KPK": "ORG"})
    assert ("Tessa Mahardhika Sugiarto", "PER") in found


def test_an_organisation_named_elsewhere_keeps_its_words(blank):
    found = _entities(blank, "Kegiatan Bhayangkari Peduli digelar. Ketua Bhayangkari Juliati Prabowo hadir. Bhayangkari senang.",
                      {"Bhayangkari": "ORG", "Peduli": "ORG"},
                      {"Bhayangkari": "ORG", "Juliati": "PER", "Prabowo": "PER"},
                      {"Bhayangkari": "PER"})
    assert ("Juliati Prabowo", "PER") in found


@pytest.mark.parametrize("text, tags, name", [
    ("Direktur Pilarmas Investindo Sekuritas Maximilianus Nico Demus mengatakan itu.",
     {"Pilarmas": "ORG", "Investindo": "ORG", "Sekuritas": "ORG", "Maximilianus": "ORG", "Nico": "PER", "Demus": "PER"},
     "Maximilianus Nico Demus"),
    ("Manajer Airnav Cabang Kupang I Nyoman Oka Wirawa mengatakan itu.",
     {"Airnav": "ORG", "Cabang": "ORG", "Kupang": "ORG", "I": "ORG", "Nyoman": "PER", "Oka": "PER", "Wirawa": "PER"},
     "I Nyoman Oka Wirawa"),
    ("Kepala Bandara Anak Agung Ngurah Pranajaya mengatakan itu.",
     {"Agung": "PER", "Ngurah": "PER", "Pranajaya": "PER"}, "Anak Agung Ngurah Pranajaya"),
    ("Ia tampil di channel YouTube Ria Ricis pekan lalu.",
     {"You": "PER", "Tube": "PER", "Ria": "PER", "Ricis": "PER"}, "Ria Ricis"),
])
def test_a_person_split_from_the_words_before_gets_them_back_or_loses_the_junk(blank, text, tags, name):
    assert (name, "PER") in _entities(blank, text, tags)



@pytest.mark.parametrize("text, tags, name, dropped", [
    # a company whose word `Semen` the article writes in another company's name
    ("Laga PT Semen Padang usai. Direktur Utama PT Kabah Sirah Semen Hasfi Rafiq mengatakan itu.",
     ({"PT": "ORG", "Semen": "ORG", "Padang": "ORG"},
      {"PT": "ORG", "Kabah": "ORG", "Sirah": "ORG", "Semen": "ORG", "Hasfi": "ORG", "Rafiq": "ORG"}),
     "Hasfi Rafiq", "Kabah Sirah Semen Hasfi Rafiq"),
    # a headline fragment ending in `Bumi` (an organisation or place in the training data) before the name
    ("Tak Akan Tabrak Bumi Masato Ono, ahli entomologi di Tokyo, menjelaskan itu.",
     ({"Bumi": "ORG", "Masato": "ORG", "Ono": "ORG"},), "Masato Ono", "Bumi Masato Ono"),
])
def test_a_person_at_the_end_of_an_organisation_span_before_a_speech_verb_is_split_off(blank, text, tags, name,
                                                                                       dropped):
    found = _entities(blank, text, *tags)
    assert (name, "PER") in found
    assert not any(dropped in entity for entity, _ in found)


def test_an_organisation_named_after_its_head_word_keeps_its_name_before_a_comma(blank):
    found = _entities(blank, "Rektor Universitas Gadjah Mada, yang hadir, mengatakan itu.",
                      {"Universitas": "ORG", "Gadjah": "ORG", "Mada": "ORG"})
    assert found == [("Universitas Gadjah Mada", "ORG")]


def test_a_scrape_digit_after_a_name_is_no_part_of_it(blank):
    found = _entities(blank, "Seperti disampaikan Menkes Budi Sadikin1 dan pakar lain.", {"Budi": "PER", "Sadikin1": "PER"})
    assert ("Budi Sadikin", "PER") in found


def test_a_dateline_dash_glued_to_the_first_word_is_its_own_token(blank):
    assert [t.text for t in blank("Teheran -Militer Israel mengonfirmasi")][:3] == ["Teheran", "-", "Militer"]

def test_a_short_form_of_one_word_of_an_earlier_full_name_is_that_person(blank):
    found = _entities(blank, "Menteri Maruarar Sirait datang. Ara lalu pulang. Dirjen Askolani hadir. Asko tersenyum.",
                      {"Maruarar": "PER", "Sirait": "PER"}, {"Ara": "PER"}, {"Askolani": "PER"}, {"Asko": "PER"})
    assert found == [("Maruarar Sirait", "PER"), ("Askolani", "PER")]


def test_a_short_form_two_full_names_could_hold_stays_its_own(blank):
    found = _entities(blank, "Andika Perkasa datang bersama Andini Putri. Andi lalu pulang.",
                      {"Andika": "PER", "Perkasa": "PER", "Andini": "PER", "Putri": "PER"}, {"Andi": "PER"})
    assert ("Andi", "PER") in found


@pytest.mark.parametrize("short, word, expected", [("asko", "askolani", True), ("ara", "maruarar", True),
                                                   ("tahreq", "thareq", True), ("al", "ali", False),
                                                   ("budi", "budi", False), ("thareq", "tharqe", True),
                                                   ("sugiarto", "sugiarti", False)])
def test_short_forms(short, word, expected):
    assert is_short_form(short, word) is expected


def test_a_name_tagged_as_organisation_is_the_person_whose_full_name_holds_it(blank):
    found = _entities(blank, "Genio Ladyan Finasisca lulus. Genio senang. Kata Genio, ia bangga.",
                      {"Genio": "PER", "Ladyan": "PER", "Finasisca": "PER"}, {"Genio": "ORG"}, {"Genio": "ORG"})
    assert found == [("Genio Ladyan Finasisca", "PER")]


def test_a_camelcase_name_written_glued_and_spaced_is_one_entity_named_glued(blank):
    found = _entities(blank, "Menurut AccuWeather, komet terang. Menurut Accu Weather, komet tampak.",
                      {"Accu": "ORG", "Weather": "ORG"}, {"Accu": "ORG", "Weather": "ORG"})
    assert found == [("AccuWeather", "ORG")]


# the shipped tagger, end to end: the quote's speaker is the full name


def _speakers(text):
    return [q["speaker"]["name"] if isinstance(q["speaker"], dict) else q["speaker"]
            for q in warta.extract(text)["quotes"]]


def test_speaker_is_the_full_name_the_tagger_split():
    text = ("Jakarta (ANTARA) - Juru Bicara Komisi Pemberantasan Korupsi (KPK) Tessa Mahardhika Sugiarto menegaskan "
            "tidak akan ada konflik kepentingan usai tergabung dalam kepengurusan itu.\n“KPK memastikan bahwa "
            "independensi KPK akan tetap terjaga dengan baik,” kata Tessa dalam keterangan di Jakarta, Selasa.")
    assert _speakers(text)[:2] == ["Tessa Mahardhika Sugiarto", "Tessa Mahardhika Sugiarto"]


def test_speaker_named_with_a_balinese_particle_keeps_it():
    text = ("Tiga bandara ditutup mulai Rabu.\nGeneral Manejer Airnav Cabang Kupang I Nyoman Oka Wirawa mengatakan "
            "penutupan tiga bandara tersebut karena terdampak abu vulkanik.")
    assert _speakers(text) == ["I Nyoman Oka Wirawa"]


def test_speaker_called_by_a_short_form_is_the_full_name():
    text = ("Direktur Jenderal Bea dan Cukai Kementerian Keuangan Askolani mengatakan pihaknya akan berkoordinasi.\n"
            "\"Hal itu perlu koordinasi dengan kementerian lain,\" ujar Asko dalam konferensi pers, Rabu (8/3).")
    assert _speakers(text) == ["Askolani", "Askolani"]


def test_speaker_called_by_a_nickname_marked_between_dashes_is_the_full_name():
    text = ("Roda putar tersebut akan mengatur hukuman pemain. Ofan -sapaan akrab\u00a0Oktafianus\u00a0Fernando- "
            "mengatakan, hukumannya cukup bervariasi.\n\"Telat satu menit pun tetap dapat hukuman,\" kata Ofan.")
    assert _speakers(text) == ["Oktafianus Fernando", "Oktafianus Fernando"]


def test_speaker_the_tagger_missed_is_named_in_full_when_the_article_quotes_them_by_first_name():
    text = ("Supaya kulit wajah lembap dan berkilau, Suci Nirmala pendiri brand kecantikan ini berbagi tips. "
            "\"Bersihkan wajah dengan air hangat setiap pagi,\" kata Suci melalui keterangan tertulisnya, Kamis (23/7/2020).")
    assert _speakers(text) == ["Suci Nirmala"]


def test_capitalised_product_words_are_not_taken_for_a_person():
    text = ("Jeep mengungkap konsep Wrangler Rubicon yang baru. \"Mobil ini tangguh,\" kata Jim Morrison, "
            "kepala merek Jeep.")
    assert "Wrangler Rubicon" not in [e["name"] for e in warta.extract(text)["entities"] if e["type"] == "PER"]


def test_a_father_and_son_sharing_a_surname_stay_two_people(blank):
    found = _entities(blank, "Presiden BJ Habibie dirawat. Putra Habibie, Thareq Kemal Habibie datang. Kata Tahreq, Habibie lelah.",
                      {"BJ": "PER", "Habibie": "PER"}, {"Habibie": "PER", "Thareq": "PER", "Kemal": "PER"},
                      {"Tahreq": "PER", "Habibie": "PER"})
    people = [name for name, kind in found if kind == "PER"]
    assert "Thareq Kemal Habibie" in people and len(people) == 2


@pytest.mark.parametrize("text, tags, kept", [
    ("Menteri Haji dan Umrah Arab Saudi Tawfiq Rabiah mengatakan itu.",
     {"Umrah": "LOC", "Arab": "LOC", "Saudi": "LOC", "Tawfiq": "PER", "Rabiah": "PER"}, "Tawfiq Rabiah"),
    ("Ia menang di MotoGP San Marino tahun lalu. MotoGP kembali digelar.",
     {"MotoGP": "ORG", "San": "ORG", "Marino": "PER"}, "Marino"),
])
def test_a_place_or_a_one_word_organisation_keeps_its_last_word(blank, text, tags, kept):
    found = _entities(blank, text, tags, {"MotoGP": "ORG"})
    assert (kept, "PER") in found
