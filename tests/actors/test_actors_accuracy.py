"""Accuracy of actor coding on a small hand-written set of news-like sentences (a quality floor).

Each case: sentence, the head word of the mention (and which occurrence), article date, expected
country and sector. Written for this test, not taken from any corpus. Run with `-s` to print the
misses; `python -m tests.actors.test_actors_accuracy` is not needed, pytest prints the score.
"""

from __future__ import annotations

import pytest

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.records import Article

pytestmark = pytest.mark.slow

# (sentence, head word, occurrence, date, country, sector)
CASES = [
    ("Turkish troops shelled positions held by Kurdish fighters near the border.", "troops", 0, "2024-02-01", "TUR", "MIL"),
    ("Turkish troops shelled positions held by Kurdish fighters near the border.", "fighters", 0, "2024-02-01", "KUR", "REB"),
    ("The Egyptian foreign ministry condemned the raid on Tuesday.", "ministry", 0, "2024-05-01", "EGY", "GOV"),
    ("Chinese coast guard vessels blocked a Philippine supply boat.", "vessels", 0, "2024-06-01", "CHN", "COP"),
    ("Israeli warplanes struck targets in southern Lebanon overnight.", "warplanes", 0, "2024-09-20", "ISR", "MIL"),
    ("Hezbollah fired dozens of rockets at northern Israel.", "Hezbollah", 0, "2024-09-20", "LBN", "REB"),
    ("Iranian Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat.", "Araghchi", 0, "2025-04-12", "IRN", "GOV"),
    ("Iranian Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat.", "counterpart", 0, "2025-04-12", "OMN", "GOV"),
    ("Police in Nairobi arrested dozens of protesters.", "Police", 0, "2024-06-25", "KEN", "COP"),
    ("Police in Nairobi arrested dozens of protesters.", "protesters", 0, "2024-06-25", "KEN", "OPP"),
    ("The Kremlin said Putin had no plans to meet Zelensky.", "Kremlin", 0, "2025-03-01", "RUS", "GOV"),
    ("The Kremlin said Putin had no plans to meet Zelensky.", "Zelensky", 0, "2025-03-01", "UKR", "GOV"),
    ("Ukrainian drones hit an oil refinery in the Russian region of Samara.", "drones", 0, "2025-02-01", "UKR", "MIL"),
    ("The Pentagon announced a new aid package for Kyiv.", "Pentagon", 0, "2024-04-01", "USA", "MIL"),
    ("The Pentagon announced a new aid package for Kyiv.", "Kyiv", 0, "2024-04-01", "UKR", "GOV"),
    ("German Chancellor Olaf Scholz spoke with Chinese President Xi Jinping.", "Scholz", 0, "2023-04-01", "DEU", "GOV"),
    ("German Chancellor Olaf Scholz spoke with Chinese President Xi Jinping.", "Jinping", 0, "2023-04-01", "CHN", "GOV"),
    ("Former German Chancellor Olaf Scholz gave a lecture.", "Scholz", 0, "2025-09-01", "DEU", "ELI"),
    ("Hamas released three hostages on Saturday.", "Hamas", 0, "2025-02-08", "PSE", "REB"),
    ("Hamas released three hostages on Saturday.", "hostages", 0, "2025-02-08", None, "CVL"),
    ("The UN Security Council failed to adopt a resolution on Gaza.", "Council", 0, "2024-03-01", "IGO", "GOV"),
    ("Syrian rebels seized the city of Aleppo.", "rebels", 0, "2024-11-30", "SYR", "REB"),
    ("Sudanese paramilitary forces attacked a camp near El Fasher.", "forces", 0, "2024-12-01", "SDN", "REB"),
    ("North Korea fired a ballistic missile into the sea, South Korea's military said.", "Korea", 0, "2024-01-14", "PRK", None),
    ("North Korea fired a ballistic missile into the sea, South Korea's military said.", "military", 0, "2024-01-14", "KOR", "MIL"),
    ("Indian Prime Minister Narendra Modi visited Moscow.", "Modi", 0, "2024-07-08", "IND", "GOV"),
    ("A Russian court sentenced an American journalist to 16 years.", "court", 0, "2024-07-19", "RUS", "JUD"),
    ("A Russian court sentenced an American journalist to 16 years.", "journalist", 0, "2024-07-19", "USA", "MED"),
    ("Opposition leader Yair Lapid criticised the government.", "Lapid", 0, "2024-03-01", "ISR", "OPP"),
    ("The Israeli government approved the deal.", "government", 0, "2025-01-17", "ISR", "GOV"),
    ("Qatari mediators met Hamas officials in Doha.", "mediators", 0, "2024-05-01", "QAT", "GOV"),
    ("Qatari mediators met Hamas officials in Doha.", "officials", 0, "2024-05-01", "PSE", "REB"),
    ("Saudi Crown Prince Mohammed bin Salman hosted the talks.", "Salman", 0, "2025-02-18", "SAU", "GOV"),
    ("The Houthis attacked a cargo ship in the Red Sea.", "Houthis", 0, "2024-01-10", "YEM", "REB"),
    ("The ship's crew was rescued by an Indian navy destroyer.", "destroyer", 0, "2024-01-10", "IND", "MIL"),
    ("Brazilian President Luiz Inacio Lula da Silva called for a ceasefire.", "Silva", 0, "2024-02-01", "BRA", "GOV"),
    ("Pro-Russian separatists shot down the airliner, investigators said.", "separatists", 0, "2022-11-17", "RUS", "REB"),
    ("Palestinian civilians fled Rafah.", "civilians", 0, "2024-05-08", "PSE", "CVL"),
    ("The NATO Secretary General Mark Rutte visited Kyiv.", "Rutte", 0, "2025-01-01", "IGO", "MIL"),
    ("Japanese Prime Minister Shinzo Abe met Trump.", "Trump", 0, "2019-05-27", "USA", "GOV"),
    ("Japanese Prime Minister Shinzo Abe met Trump.", "Abe", 0, "2019-05-27", "JPN", "GOV"),
    ("Georgian riot police dispersed demonstrators in Tbilisi.", "police", 0, "2024-12-01", "GEO", "COP"),
    ("French President Emmanuel Macron said he would send troops.", "he", 0, "2024-02-27", "FRA", "GOV"),
    ("Lebanese Prime Minister Najib Mikati said his government would deploy the army.", "army", 0, "2024-10-01", "LBN", "MIL"),
    ("The European Commission proposed new sanctions on Moscow.", "Commission", 0, "2025-02-01", "IGO", "GOV"),
    ("The European Commission proposed new sanctions on Moscow.", "Moscow", 0, "2025-02-01", "RUS", "GOV"),
    ("US Treasury Secretary Janet Yellen visited Beijing.", "Yellen", 0, "2023-07-06", "USA", "GOV"),
    ("Russian Defence Minister Sergei Shoigu inspected troops.", "Shoigu", 0, "2023-01-01", "RUS", "GOV"),
]

# Written after the rules above were tuned and measured once before any fix (first run: country
# 0.95, sector 0.90, both 0.90); kept apart so that regressions on unseen phrasing show.
HELDOUT = [
    ("Polish border guards detained two Belarusian nationals.", "guards", 0, "2024-08-01", "POL", "COP"),
    ("Polish border guards detained two Belarusian nationals.", "nationals", 0, "2024-08-01", "BLR", "CVL"),
    ("The Iraqi parliament voted to expel US forces.", "parliament", 0, "2020-01-05", "IRQ", "LEG"),
    ("The Iraqi parliament voted to expel US forces.", "forces", 0, "2020-01-05", "USA", "MIL"),
    ("Venezuelan President Nicolas Maduro accused Washington of plotting a coup.", "Maduro", 0, "2019-02-01", "VEN", "GOV"),
    ("Venezuelan President Nicolas Maduro accused Washington of plotting a coup.", "Washington", 0, "2019-02-01", "USA", "GOV"),
    ("Mexican cartel gunmen ambushed a police convoy in Michoacan.", "gunmen", 0, "2023-06-01", "MEX", "UAF"),
    ("Mexican cartel gunmen ambushed a police convoy in Michoacan.", "convoy", 0, "2023-06-01", "MEX", "COP"),
    ("Hungary's Prime Minister Viktor Orban vetoed the EU aid.", "Orban", 0, "2023-12-14", "HUN", "GOV"),
    ("Hungary's Prime Minister Viktor Orban vetoed the EU aid.", "EU", 0, "2023-12-14", "IGO", None),
    ("Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan initialled the peace text in Washington.", "Pashinyan", 0, "2025-08-08", "ARM", "GOV"),
    ("Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan initialled the peace text in Washington.", "Aliyev", 0, "2025-08-08", "AZE", "GOV"),
    ("Thousands of Serbian students marched in Belgrade.", "students", 0, "2025-03-15", "SRB", "EDU"),
    ("The IAEA chief Rafael Grossi warned of a nuclear accident.", "Grossi", 0, "2024-04-10", "IGO", "GOV"),
    ("Rwandan-backed M23 rebels captured Goma.", "rebels", 0, "2025-01-27", "COD", "REB"),
    ("Taiwanese officials said Chinese warships were sighted near the island.", "officials", 0, "2024-05-23", "TWN", "GOV"),
    ("Taiwanese officials said Chinese warships were sighted near the island.", "warships", 0, "2024-05-23", "CHN", "MIL"),
    ("Israeli Defence Minister Israel Katz ordered the army to prepare.", "Katz", 0, "2025-01-10", "ISR", "GOV"),
    ("Israeli Defence Minister Israel Katz ordered the army to prepare.", "army", 0, "2025-01-10", "ISR", "MIL"),
    ("Prime Minister Benjamin Netanyahu said he would not allow it.", "he", 0, "2024-05-01", "ISR", "GOV"),
    ("Former Israeli prime minister Naftali Bennett criticised the plan.", "Bennett", 0, "2024-05-01", "ISR", "ELI"),
    ("The British Foreign Secretary David Lammy met his Ukrainian counterpart.", "Lammy", 0, "2024-09-01", "GBR", "GOV"),
    ("The British Foreign Secretary David Lammy met his Ukrainian counterpart.", "counterpart", 0, "2024-09-01", "UKR", "GOV"),
    ("Syrian government forces bombed Idlib.", "forces", 0, "2020-02-01", "SYR", "MIL"),
    ("Assad fled to Moscow after rebels took Damascus.", "Assad", 0, "2024-12-09", "SYR", "ELI"),
    ("The Egyptian military said it had closed the Rafah crossing.", "it", 0, "2024-05-08", "EGY", "MIL"),
    ("Turkish President Recep Tayyip Erdogan hosted the talks in Istanbul.", "Erdogan", 0, "2022-03-29", "TUR", "GOV"),
    ("Russian negotiators arrived in Istanbul on Thursday.", "negotiators", 0, "2025-05-15", "RUS", "GOV"),
    ("A spokesman for the Ukrainian air force said the missiles were intercepted.", "spokesman", 0, "2025-01-01", "UKR", "MIL"),
    ("Demonstrators in Tehran burned American flags.", "Demonstrators", 0, "2020-01-05", "IRN", "OPP"),
    ("The Chinese embassy in Washington rejected the accusation.", "embassy", 0, "2024-01-01", "CHN", "GOV"),
    ("Pakistani security forces killed five militants in North Waziristan.", "forces", 0, "2024-01-01", "PAK", "COP"),
    ("Pakistani security forces killed five militants in North Waziristan.", "militants", 0, "2024-01-01", "PAK", "REB"),
    ("The Nigerian army rescued 20 schoolgirls kidnapped by Boko Haram.", "Haram", 0, "2024-03-01", "NGA", "REB"),
    ("The Nigerian army rescued 20 schoolgirls kidnapped by Boko Haram.", "schoolgirls", 0, "2024-03-01", "NGA", "CVL"),
    ("Secretary of State Antony Blinken arrived in Riyadh.", "Blinken", 0, "2024-03-20", "USA", "GOV"),
    ("Iranian hackers targeted US water utilities, the FBI said.", "hackers", 0, "2023-12-01", "IRN", "CRM"),
    ("Iranian hackers targeted US water utilities, the FBI said.", "FBI", 0, "2023-12-01", "USA", "COP"),
    ("The president of Kenya, William Ruto, announced the deployment.", "president", 0, "2024-06-25", "KEN", "GOV"),
    ("Emirati officials denied supplying weapons to the RSF.", "RSF", 0, "2024-10-01", "SDN", "REB"),
]

FLOOR = 0.85


@pytest.mark.parametrize("cases", [CASES, HELDOUT], ids=["tuned", "heldout"])
def test_actor_accuracy(nlp, cases):
    kb = load_knowledge_base()
    right_country = right_sector = right_both = 0
    misses = []
    for sentence, word, nth, date, country, sector in cases:
        doc = nlp(sentence)
        actors = ArticleActors(doc, Article(id="acc", text=sentence, date=date), kb)
        token = [t for t in doc if t.text == word][nth]
        ref = actors.actor_at(token)
        got_country = ref.country if ref else None
        got_sector = ref.sector if ref else None
        right_country += got_country == country
        right_sector += got_sector == sector
        ok = got_country == country and got_sector == sector
        right_both += ok
        if not ok:
            misses.append((sentence, word, (country, sector), (got_country, got_sector), ref.why if ref else None))
    n = len(cases)
    print(f"\nactor accuracy on {n} mentions: country {right_country / n:.2f}, sector {right_sector / n:.2f}, both {right_both / n:.2f}")
    for m in misses:
        print("  MISS", m)
    assert right_both / n >= FLOOR
