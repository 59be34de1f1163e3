"""ZZP signal: self-employed in a current role (a warning only).

Names and numbers are fictitious."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("sections", "zzp")


@pytest.mark.parametrize(
    "text",
    [
        "Personalia\nNaam: Lotte Kok\nKvK-nummer: 81726354\n",
        "Personalia\nNaam: Lotte Kok\nBtw-nummer: NL001234567B01\n",
        "Werkervaring\n2020 - heden\nZZP'er, ambulant begeleider voor jeugdhulpaanbieders\n",
        "Werkervaring\nmaart 2021 – heden Eigenaar van Praktijk De Vlinder, Huizen\n",
        "Werkervaring\n2022 - heden Eigenaar en oprichter van 'Kind op Koers'\n",
        "Profiel\nIk werk als zelfstandig ondernemer in de jeugdhulp.\n",
        "Werkervaring\n2018 - nu Ambulant begeleider (freelance)\n",
        "Werkervaring\nEigen praktijk voor gezinsbegeleiding sinds 2019\n",
        "Profiel\nSinds 2022 werk ik als zzp’er op basisscholen.\n",
        # the candidate's own employment on an agency's form
        "Gegevens kandidaat\nDienstverband: ZZP (via Zorgflex Detachering B.V.)\n",
    ],
)
def test_zzp_current_signal(nlp, text):
    signal = nlp(text)._.zzp_signal
    assert signal.value is True
    assert signal.evidence and signal.evidence[0].text in text


@pytest.mark.parametrize(
    "text",
    [
        # an agency's KvK number in a footer or company band is not the candidate's business
        "Werkervaring\n2019 - heden Begeleider\n"
        "Jeugdflex Detachering B.V. · Dorpsstraat 1 · KvK 71234567\n",
        "Kandidaatprofiel Jeugdflex B.V. – KvK-nummer 61234567\nNaam: Lotte Kok\n",
        "Dienstverband\nDetachering via Voorbeeld Uitzendbureau (KvK 51234567)\n",
        "Zorgflex B.V. – bemiddeling van zzp'ers en gedetacheerden\nNaam: Lotte Kok\n",
        "Dienstverband: detachering via Zorgflex B.V. (KvK 30123456)\n",
        # a self-employed role that ended
        "Werkervaring\n2014 - 2018\nZZP'er, ambulant begeleider\n2018 - heden Begeleider, Kenter\n",
        "Werkervaring\njan 2012 – dec 2016 Eigenaar van Praktijk Zon (eenmanszaak)\n",
        "Profiel\nVoorheen werkte ik als zzp'er; nu ben ik in loondienst.\n",
        # denied
        "Personalia\nDienstverband: loondienst (geen zzp)\n",
        # owning a plan or a process is not owning a business
        "Werkervaring\n2019 - heden Casusregisseur\nEigenaar van het hulpverleningsplan\n",
        # the words "zelfstandig werken" are not self-employment
        "Profiel\nIk ben gewend zelfstandig te werken in de thuissituatie.\n",
        "Werkervaring\n2019 - heden Ambulant begeleider, Stichting Voorbeeld\n",
    ],
)
def test_zzp_no_signal(nlp, text):
    doc = nlp(text)
    assert doc._.zzp_signal.value is False
    assert doc._.zzp_signal.evidence == []


def test_zzp_repeated_footer_line_is_rejected(nlp):
    footer = "Lotte Kok | KvK 81726354 | pagina"
    doc = nlp(f"Profiel\nBegeleider\n{footer} 1\n\nWerkervaring\nBegeleider\n{footer} 2\n")
    assert doc._.zzp_signal.value is False
    assert all(d["rule"].startswith("rejected") for d in doc._.zzp_explanation.values())
