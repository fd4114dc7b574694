"""The extractor on announcements written and labelled by sessions that never saw its rules.

Each batch of `tests/data/written-probes.jsonl` (ids `pa-` to `pz-`, `qa-` to `qz-`, `ra-` to
`rz-`, `sa-` to `sz-`, `ta-` to `tz-`, then `ua-` to `vz-`, `wa-` to `wz-`, `xa-` to `xz-`,
`ya-` to `yz-` and `za-`) was scored once before any rule was changed for it; docs/DESIGN.md
says how they were used. Every record must be read as labelled, except the ones listed below,
which are expected to fail until a rule reads them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.evaluate import evaluate

PROBES = Path(__file__).parent / "data" / "written-probes.jsonl"

# Records still read wrongly: what was read for what is labelled (strict: a fix shows as an
# unexpected pass). Those marked 'not read' are in the held-out part of batches G to Z and
# qa to za: scored, never looked at, so that the batches keep measuring text the rules were
# not written on.
KNOWN_MISSES: dict[str, str] = {
    "pa-de-call-for-abstracts-jahrestagung-leipzig": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"
    ),
    "pa-at-ausschreibung-digitale-produktion": ("event_start '2027-03-23' for None"),
    "pa-de-clustertreffen-stuttgart-mez": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "pa-de-innovationspreis-verliehen": ("event_start None for '2027-05-04'"),
    "pd-de-01-skizzen-timeline-mesz": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "pd-de-05-feed-ausrichter-sommerschule": (
        "event_start None for '2027-09-06'; event_end None for '2027-09-17'"
    ),
    "pd-de-13-verlaengert-mez-sommer": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "pe-en-06": ("deadline '2027-03-30' for None"),
    "pe-de-03": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "pe-de-04": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "pe-de-10": ("deadline '2027-03-01' for None"),
    "pe-de-15": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "pf-it-notizia-bando-poli-digitali": ("event_start '2027-01-11' for None"),
    "pf-en-global-cluster-leadership-award": ("event_start '2027-04-27' for None"),
    "pf-en-mooc-cluster-internationalisation-winter": ("event_end '2027-02-26' for None"),
    "pg-en-webinar-hydrogen-valleys-short": ("deadline_tz 'Europe/Brussels' for None"),
    "pg-en-erasmus-mundus-master-admissions": (
        "deadline '2027-03-31' for '2027-01-10'; deadline_tz None for 'Europe/Brussels'"
    ),
    "pg-de-cfp-jahrestagung-innovationsforschung": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"
    ),
    "pg-de-cfa-verlaengert-mez-short": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels' (scored, not read)"
    ),
    "pg-it-torino-b2b-aerospazio-newsstyle": (
        "deadline None for '2027-10-04'; event_start '2027-09-13' for '2027-10-12'; "
        "event_end None for '2027-10-14' (scored, not read)"
    ),
    "pg-it-cluster-partnership-europea-short": ("event_start '2027-05-03' for None"),
    "pg-it-prorogati-termini-voucher-short": (
        "kind 'call' for 'extension'; deadline None for '2028-01-17' (scored, not read)"
    ),
    "ph-fr-prix-wallon-innovation-report": ("deadline None for '2026-11-30' (scored, not read)"),
    "ph-es-semana-innovacion-clusteres-gdl": (
        "event_start '2026-09-28' for '2026-10-20'; "
        "event_end None for '2026-10-22' (scored, not read)"
    ),
    "ph-en-call-hosts-raw-materials-summer-school-2028": (
        "event_start '2027-06-28' for None; event_end '2027-07-09' for None"
    ),
    "pi-een-hannover-b2b-2019": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Berlin' (scored, not read)"
    ),
    "pi-nordic-bioeconomy-new-members": ("event_start None for '2017-05-03' (scored, not read)"),
    "pi-ch-flagship-2022": ("deadline_tz 'Europe/Berlin' for 'Europe/Zurich' (scored, not read)"),
    "pi-coin-aufbau-ext-2021": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Vienna' (scored, not read)"
    ),
    "pi-open-innovation-challenge-2024": ("event_start '2024-06-20' for None"),
    "pk-nserc-alliance-2023": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "pk-reviewers-us-date": ("deadline '2021-04-30' for '2021-03-08' (scored, not read)"),
    "pk-hannover-matchmaking-2019": ("deadline_tz 'Europe/Brussels' for 'Europe/Berlin'"),
    "pk-ext-bc-intake-2027": ("deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"),
    "pk-ext-dih-covid-2020": ("deadline_tz None for 'Europe/Brussels' (scored, not read)"),
    "pl-webinaire-eic-accelerator": (
        "deadline '2021-11-18' for '2021-11-16'; "
        "event_start None for '2021-11-18' (scored, not read)"
    ),
    "pm-agrifood-accelerator": ("event_start '2019-04-09' for None (scored, not read)"),
    "pm-pspc-regions-laureats": (
        "event_start '2021-12-09' for None (the forum where a call's winners were announced; "
        "other probes keep a prize report's ceremony as its event)"
    ),
    "pn-hackathon-wageningen-2020": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "po-se-two-stage-circular": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Stockholm' (scored, not read)"
    ),
    "po-ca-accelerate-intl": ("deadline_tz 'America/New_York' for 'America/Toronto'"),
    "pp-interreg-experts-still-open": ("kind 'call' for 'extension'"),
    "pq-hannover-matchmaking": (
        "event_start '2019-03-25' for '2019-04-01'; event_end None for '2019-04-05'"
    ),
    "pq-industrial-strategy-update": ("event_start '2021-05-05' for None"),
    "pr-ontario-cleantech-2024": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "pr-agritech-scaleup-cohort4": ("kind 'course' for 'call'"),
    "ps-transatlantic-bridge": ("deadline '2026-12-06' for '2026-06-12' (scored, not read)"),
    "ps-scaleup-cohort5": ("deadline_tz 'Europe/London' for 'GMT'"),
    "ps-alliance-2023-figures": ("event_start None for '2023-12-07'"),
    "ps-fr-rdv-aero-bordeaux": ("deadline None for '2024-09-20' (scored, not read)"),
    "ps-fr-universite-ete": ("kind 'event' for 'course' (scored, not read)"),
    "pt-en-regional-abstracts": ("deadline_tz 'UTC' for 'Europe/London'"),
    "pt-de-zertifikatskurs": ("event_start None for '2024-10-18'; event_end None for '2025-03-28'"),
    "pt-fr-aap-collaboratif": ("event_start '2019-09-20' for None (scored, not read)"),
    "pu-en-public-good-graduate-fellows": (
        "kind 'call' for 'course'; event_start None for '2027-05-31'; "
        "event_end None for '2027-08-20'"
    ),
    "pu-en-sumo-porto-cfp-closed": (
        "kind 'call' for 'news'; event_start None for '2027-06-21'; "
        "event_end None for '2027-06-24' (scored, not read)"
    ),
    "pu-en-peatnet-wg-leaders-eoi-closed": ("kind 'call' for 'news' (scored, not read)"),
    "pu-en-saxon-dh-summer-school-selection": (
        "kind 'course' for 'news'; deadline '2027-05-15' for '2027-03-31' (scored, not read)"
    ),
    "pu-en-gisua-krakow-deadline-extended": (
        "event_start None for '2027-06-23'; event_end None for '2027-06-25' (scored, not read)"
    ),
    "pu-en-cascade-surf-deadline-extended": (
        "event_start None for '2027-06-01'; event_end None for '2027-08-06'"
    ),
    "pu-en-atlantic-hpe-abstracts-extended": (
        "event_start None for '2027-04-23'; event_end None for '2027-04-26'"
    ),
    "pu-en-aarhus-bayesian-ecology-registration-extended": (
        "event_start None for '2027-03-29'; event_end None for '2027-03-30'"
    ),
    "pv-it-proroga-iscrizioni-convegno-economia-circolare-parma": (
        "event_start None for '2027-01-21'; event_end None for '2027-01-22'"
    ),
    "pv-it-contributi-fiere-internazionali-cciaa-verona": (
        "event_start '2027-09-01' for None; event_end '2027-10-31' for None"
    ),
    "pv-it-master-management-innovazione-salerno": (
        "event_end None for '2028-11-30' (scored, not read)"
    ),
    "pv-es-nuevo-plazo-comunicaciones-congreso-economia-regional-valencia": (
        "event_start None for '2027-10-07'; event_end None for '2027-10-09'"
    ),
    "pv-es-amplia-inscripcion-diplomado-innovacion-queretaro": (
        "event_start None for '2027-02-05'; event_end None for '2027-06-25' (scored, not read)"
    ),
    "pw-fr-qc-mooc-agroecologie-bilan": ("kind 'course' for 'news' (scored, not read)"),
    "pw-ch-bilanz-sommerakademie-chemie-basel": ("kind 'course' for 'news' (scored, not read)"),
    "pw-ch-anmeldefrist-sommerschule-alpine-oekologie": (
        "event_start None for '2027-07-06'; event_end None for '2027-07-17' (scored, not read)"
    ),
    "pw-de-cfa-jahrestagung-hochschuldidaktik-verlaengert": (
        "event_start None for '2027-03-04'; event_end None for '2027-03-05'"
    ),
    "px-es-curso-gestion-clusteres-ampliacion": (
        "event_start None for '2028-09-14'; event_end None for '2028-11-30' (scored, not read)"
    ),
    "py-en-hydrogen-valley-challenge-2028": (
        "event_start '2028-04-11' for None (scored, not read)"
    ),
    "py-en-photonics-triangle-market-map": (
        "kind 'event' for 'news'; event_start '2027-11-23' for None"
    ),
    "py-en-ip-essentials-workshop-series": ("event_end None for '2027-10-27'"),
    "py-en-abstract-extension-university-industry-conference-2028": (
        "event_start None for '2028-06-07'; event_end None for '2028-06-09'"
    ),
    "py-en-circular-plastics-summit-registration-extended": (
        "event_start None for '2026-10-13'; event_end None for '2026-10-14'"
    ),
    "py-de-transformationscluster-rheinland-pfalz": ("kind 'call' for 'news' (scored, not read)"),
    "py-de-unternehmerfruehstueck-suedostasien-basel": (
        "kind 'call' for 'event'; event_start None for '2027-06-04' (scored, not read)"
    ),
    "py-de-workshopreihe-drittmittel-kassel": (
        "deadline '2026-11-25' for '2026-10-30'; event_end None for '2027-01-20'"
    ),
    "py-de-anmeldefrist-alpine-summer-school-davos": (
        "event_start None for '2027-06-28'; event_end None for '2027-07-02'"
    ),
    "pz-fr-mooc-financer-projet-europeen": (
        "event_start '2026-12-14' for '2026-11-09'; "
        "event_end None for '2026-12-14' (scored, not read)"
    ),
    "pz-it-distretto-nautica-accordo-universita": ("event_start '2027-01-19' for None"),
    "pz-es-congreso-turismo-sostenible-granada-ampliacion": (
        "event_start None for '2027-06-16'; event_end None for '2027-06-18'"
    ),
    "qa-en-reu-sustainable-energy-materials": (
        "event_start '2027-03-01' for '2027-06-01'; "
        "event_end None for '2027-08-06' (scored, not read)"
    ),
    "qa-en-brookfield-pilot-awards-webinar": (
        "event_start None for '2026-09-10' (scored, not read)"
    ),
    "qa-en-bengaluru-research-funding-conclave": (
        "kind 'call' for 'event'; event_start None for '2027-01-18' (scored, not read)"
    ),
    "qa-en-rhodes-marshall-info-night": (
        "kind 'call' for 'event'; deadline '2027-04-13' for None; event_start None for "
        "'2027-04-13' (scored, not read)"
    ),
    "qa-en-glasgow-open-research-week": (
        "deadline '2027-11-12' for None; event_start None for '2027-11-08'; "
        "event_end None for '2027-11-12' (scored, not read)"
    ),
    "qa-en-adelaide-acceptance-notices-sent": ("kind 'call' for 'news' (scored, not read)"),
    "qa-en-irish-geography-conference-extension": (
        "event_start None for '2027-06-09'; event_end None for '2027-06-10'"
    ),
    "qa-en-leeds-poster-deadline-extended": (
        "event_start None for '2027-09-06'; event_end None for '2027-09-08'"
    ),
    "qa-en-bc-graduate-scholarships-extension": (
        "deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"
    ),
    "qa-en-computational-social-science-institute-extended": (
        "event_start None for '2027-06-14'; event_end None for '2027-06-25' (scored, not read)"
    ),
    "qb-it-emilia-romagna-ricerca-industriale-strategica-s3": ("event_start '2026-09-16' for None"),
    "qb-it-finpiemonte-tech-transfer": ("kind 'news' for 'call'"),
    "qb-it-unipa-riapertura-master-progetti-europei": (
        "event_start None for '2027-03-05' (scored, not read)"
    ),
    "qb-it-asi-nuove-imprese-mezzogiorno-10000-progetti": ("event_start '2027-01-31' for None"),
    "qb-it-its-lazio-digitale-cybersecurity": (
        "event_start '2026-10-05' for '2026-11-09' (scored, not read)"
    ),
    "qc-fr-bordeaux-du-innovation-sante": (
        "event_start '2028-06-24' for '2028-01-18'; "
        "event_end None for '2028-06-24' (scored, not read)"
    ),
    "qc-be-bruxelles-rencontres-affaires-agritech": (
        "deadline_tz 'Europe/Paris' for 'Europe/Brussels' (scored, not read)"
    ),
    "qc-fr-montpellier-villes-ia-prolongation": (
        "event_start None for '2027-03-18'; event_end None for '2027-03-19'"
    ),
    "qd-es-ampliacion-comunicaciones-turismo-rural-cuenca": (
        "event_start None for '2026-10-21'; event_end None for '2026-10-23'"
    ),
    "qd-es-escuela-verano-computacion-cuantica-donostia": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Madrid'"
    ),
    "qd-es-jornada-horizonte-europa-cluster5-valencia": (
        "deadline None for '2026-11-13' (scored, not read)"
    ),
    "qd-es-navarra-proyectos-estrategicos-idi": ("kind 'event' for 'news' (scored, not read)"),
    "qd-de-cas-data-science-gesundheitswesen-winterthur": (
        "event_start None for '2026-09-04'; event_end None for '2027-01-29' (scored, not read)"
    ),
    "qd-de-call-for-abstracts-verlaengert-kassel": (
        "event_start None for '2027-04-22'; event_end None for '2027-04-24' (scored, not read)"
    ),
    "qd-de-niedersachsen-forschungsverbuende": ("kind 'call' for 'news' (scored, not read)"),
    "qe-en-efsa-partnering-grants-2027": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Rome'; event_start '2027-07-01' for None"
    ),
    "qe-en-eic-women-leadership-programme-2027": (
        "kind 'call' for 'course'; event_start None for '2027-04-13'; "
        "event_end None for '2027-11-30' (scored, not read)"
    ),
    "qe-en-cost-training-school-porto-extension": (
        "event_start None for '2027-09-06'; event_end None for '2027-09-10'"
    ),
    "qe-en-interreg-nwe-step1-results": ("event_start '2027-04-27' for None (scored, not read)"),
    "qf-en-dih-info-day": (
        "deadline None for '2026-11-11'; deadline_tz None for 'Europe/Brussels'"
    ),
    "qf-it-info-day-bando-rs-umbria": ("event_start '2027-10-01' for '2027-09-23'"),
    "qg-de-messe-stuttgart-startup-areal": (
        "deadline '2027-04-16' for '2027-01-31'; event_start None for '2027-04-13'; "
        "event_end None for '2027-04-16'"
    ),
    "qg-de-fristverlaengerung-jahrestagung-kommunikationswissenschaft": (
        "event_start None for '2027-03-24'; event_end None for '2027-03-26'"
    ),
    "qg-de-fristverlaengerung-workshop-seenforschung-konstanz": (
        "event_start None for '2027-09-16'; event_end None for '2027-09-17'"
    ),
    "qg-de-deadline-verlaengert-konferenz-darmstadt": (
        "event_start None for '2028-06-05'; event_end None for '2028-06-08'"
    ),
    "qg-de-programm-jahrestagung-agraroekonomie-hohenheim": (
        "kind 'event' for 'news' (scored, not read)"
    ),
    "qg-it-proroga-congresso-genova-abstract": (
        "event_start None for '2027-05-20'; event_end None for '2027-05-22'"
    ),
    "qg-it-scadenza-prorogata-cagliari-convegno": (
        "event_start None for '2026-09-30'; event_end None for '2026-10-02'"
    ),
    "qg-it-deadline-extended-pisa-workshop": (
        "event_start None for '2028-06-19'; event_end None for '2028-06-21'"
    ),
    "qg-it-proroga-perugia-convegno-didattica": (
        "event_start None for '2027-01-14'; event_end None for '2027-01-15' (scored, not read)"
    ),
    "qg-it-programma-convegno-milano-design": (
        "event_start None for '2026-11-26'; event_end None for '2026-11-27'"
    ),
    "qg-it-call-chiusa-verona-proposte": (
        "event_start None for '2027-04-08'; event_end None for '2027-04-10'"
    ),
    "qh-es-hackaton-ciudades-inteligentes-montevideo": (
        "kind 'call' for 'event'; event_start None for '2026-11-06'; "
        "event_end None for '2026-11-08' (scored, not read)"
    ),
    "qh-es-nota-ampliacion-comunicaciones-cibing-madrid": (
        "event_start None for '2027-10-20'; event_end None for '2027-10-22'"
    ),
    "qh-fr-communique-prolongation-colloque-ouagadougou": (
        "event_start None for '2026-11-17'; event_end None for '2026-11-19'"
    ),
    "qi-en-pydata-valencia-financial-aid": ("kind 'event' for 'call' (scored, not read)"),
    "qi-en-scicode-2027-reviewers": ("event_start None for '2027-06-17'"),
    "qi-en-oscs-berlin-schedule-live": ("kind 'event' for 'news' (scored, not read)"),
    "qi-en-rse-down-under-keynotes": ("kind 'event' for 'news' (scored, not read)"),
    "qi-en-nairobi-data-engineering-bootcamp": (
        "event_end None for '2028-03-31' (scored, not read)"
    ),
    "qi-en-pycon-nordics-cfp-extended": (
        "event_start None for '2027-05-20'; event_end None for '2027-05-22'"
    ),
    "qi-en-rse-cymru-poster-deadline-extended": (
        "event_start None for '2027-09-15'; event_end None for '2027-09-16'"
    ),
    "qi-en-oshpc-workshop-paper-extension": ("event_start None for '2026-09-18'"),
    "qi-en-athens-travel-grant-extension": (
        "event_start None for '2026-05-29'; event_end None for '2026-05-30'"
    ),
    "qi-en-software-libre-sevilla-talks-extended": (
        "event_start None for '2027-04-15'; event_end None for '2027-04-17'"
    ),
    "qi-en-vienna-comp-repro-school-extended": (
        "event_start None for '2028-07-10'; event_end None for '2028-07-14'"
    ),
    "qj-fr-appel-contributions-numero-mooc-enseignement-superieur": (
        "deadline None for '2027-04-30'"
    ),
    "qj-fr-mooc-s-orienter-enseignement-superieur-session-4": (
        "event_end None for '2027-02-16' (scored, not read)"
    ),
    "qj-fr-master-meef-ingenierie-formation-candidatures": (
        "event_start '2027-06-02' for None (scored, not read)"
    ),
    "qj-fr-greta-concevoir-parcours-multimodal": (
        "event_start '2027-03-15' for '2027-03-08' (scored, not read)"
    ),
    "qj-fr-ecole-ete-marseille-candidatures-prolongees": (
        "event_start None for '2027-06-28'; event_end None for '2027-07-02'"
    ),
    "qj-fr-colloque-formation-adultes-prolongation-communications": (
        "event_start None for '2027-05-12'; event_end None for '2027-05-13'"
    ),
    "qk-it-campania-proroga-avviso-infrastrutture-ricerca": (
        "deadline '2027-03-15' for '2027-04-15' (scored, not read)"
    ),
    "qk-it-lecce-proroga-abstract-convegno-geografia": (
        "event_start None for '2026-10-14'; event_end None for '2026-10-16' (scored, not read)"
    ),
    "qk-it-laquila-progetto-sismica-finanziato": (
        "kind 'event' for 'news'; event_start '2027-09-01' for None (scored, not read)"
    ),
    "qk-it-potenza-settimana-ricerca": (
        "deadline '2026-09-25' for '2026-09-18'; event_start None for '2026-09-21'; "
        "event_end None for '2026-09-25'"
    ),
    "qk-it-lecce-its-academy-corso-biennale-energia": (
        "event_start None for '2026-10-19' (scored, not read)"
    ),
    "qk-it-basilicata-mooc-agricoltura-precisione": (
        "event_start None for '2027-02-01' (scored, not read)"
    ),
    "ql-en-graduate-certificate-public-health-online": (
        "deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"
    ),
    "ql-en-msc-climate-science-application-rounds": (
        "deadline None for '2027-03-12' (scored, not read)"
    ),
    "ql-en-summer-research-scholarship-astronomy-melbourne": (
        "deadline_tz 'Australia/Sydney' for 'Australia/Melbourne'"
    ),
    "ql-en-postgraduate-info-evening-brisbane": (
        "deadline_tz 'Australia/Sydney' for 'Australia/Brisbane'"
    ),
    "ql-en-admitted-graduate-students-days-ithaca": (
        "event_start '2027-04-14' for '2027-04-09'; event_end None for '2027-04-10'"
    ),
    "ql-en-news-foundation-names-2027-fellows": ("kind 'course' for 'news' (scored, not read)"),
    "ql-en-news-travel-award-winners-next-round": ("deadline None for '2027-10-31'"),
    "ql-en-extension-surf-application-deadline": (
        "event_start None for '2027-06-14'; event_end None for '2027-08-20'"
    ),
    "ql-en-extension-master-of-teaching-sydney": ("event_start None for '2028-02-28'"),
    "ql-en-extension-doctoral-fellowship-ottawa": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "ql-en-extension-precollege-summer-pittsburgh": (
        "event_start None for '2027-07-05'; event_end None for '2027-07-30' (scored, not read)"
    ),
    "ql-en-extension-collaborative-research-grants-arizona": (
        "deadline None for '2027-11-19'; deadline_tz None for 'America/Phoenix' (scored, not read)"
    ),
    "qm-en-norwind-postdocs-copenhagen-time": ("event_start '2028-02-01' for None"),
    "qn-fr-reunion-aap-economie-bleue": (
        "deadline_tz 'Europe/Paris' for 'Indian/Reunion' (scored, not read)"
    ),
    "qn-es-ayudas-digitalizacion-agroalimentaria": (
        "deadline None for '2027-04-07'; deadline_tz None for 'Europe/Madrid' (scored, not read)"
    ),
    "qn-it-start-cup-2027": ("kind 'event' for 'call'"),
    "qo-en-hydra-gpu-profiling-webinar": (
        "deadline '2027-03-01' for '2027-03-08'; deadline_tz None for 'Europe/Brussels'"
    ),
    "qo-en-sustainable-computing-online-symposium": (
        "kind 'news' for 'event'; event_start '2026-11-18' for '2027-11-24'; "
        "event_end '2026-11-19' for '2027-11-25' (scored, not read)"
    ),
    "qo-es-feria-robotica-ifema": ("event_end '2028-01-27' for '2028-01-28'"),
    "qp-en-aldmark-veresia-joint-agreement": ("kind 'call' for 'news' (scored, not read)"),
    "qp-en-psme-travel-grants-2027": (
        "event_start '2027-03-08' for None; event_end '2027-03-12' for None"
    ),
    "qr-en-coming-soon-go-international": ("kind 'news' for 'call'"),
    "qr-en-mooc-internationalisation": ("event_start None for '2026-10-05' (scored, not read)"),
    "qs-de-antragswerkstatt-kassel": (
        "kind 'call' for 'course'; event_start None for '2027-04-21'; "
        "event_end None for '2027-04-22'"
    ),
    "qs-cl-biobio-fondo-innovacion-regional": (
        "deadline_tz 'Europe/Madrid' for 'America/Santiago'"
    ),
    "qt-en-fairml-workshop-aoe": ("kind 'event' for 'call' (scored, not read)"),
    "qt-en-ecis-doctoral-consortium": (
        "event_start None for '2027-09-30'; event_end None for '2027-10-02' (scored, not read)"
    ),
    "qt-en-hackathon-climate-data": (
        "event_start '2027-05-17' for '2027-05-21'; event_end '2027-05-19' for '2027-05-23'"
    ),
    "qt-en-training-programme-bst-noon": ("event_end '2027-10-06' for None"),
    "qt-en-msc-admission-end-of-may": (
        "event_start '2027-08-30' for '2027-09-06'; "
        "event_end '2027-08-31' for None (scored, not read)"
    ),
    "qw-en-harrowfield-rfp-corrigendum-due-time": (
        "instant '2027-03-04T04:59:00+00:00' for '2027-03-03T19:00:00+00:00'"
    ),
    "qw-en-data-stewardship-fellowships-reopened": (
        "kind 'extension' for 'call' (scored, not read)"
    ),
    "qw-en-open-access-monitor-webinar-rescheduled": (
        "event_start '2027-02-02' for '2027-02-16'; event_end '2027-02-16' for None"
    ),
    "qw-de-fdm-workshop-verschoben": (
        "deadline None for '2027-10-25'; event_start '2027-06-14' for '2027-11-08'; "
        "event_end None for '2027-11-09'"
    ),
    "qw-de-archivwissenschaft-jahrestagung-abgesagt": (
        "event_start '2026-06-18' for '2026-06-17'; event_end None for '2026-06-19' (scored, not "
        "read)"
    ),
    "qw-de-gastwissenschaftler-stipendien-wiedereroeffnet": ("kind 'extension' for 'call'"),
    "qw-de-quantensensorik-berichtigung-uhrzeit": (
        "instant '2027-09-30T21:59:00+00:00' for '2027-09-30T10:00:00+00:00'"
    ),
    "qw-de-rechenzeit-grossprojekte-verlaengert": ("deadline '2027-06-07' for '2027-06-14'"),
    "qw-fr-villa-hermine-residences-reouverture": ("kind 'extension' for 'call'"),
    "qw-es-congreso-bioinformatica-cancelado": ("deadline '2027-07-31' for None"),
    "qw-es-mexico-ciencia-frontera-ampliacion": (
        "deadline '2027-08-20' for '2027-09-03'; "
        "deadline_tz None for 'America/Mexico_City' (scored, not read)"
    ),
    "qw-it-voucher-pmi-sportello-chiuso": (
        "deadline None for '2027-03-09'; deadline_tz None for 'Europe/Rome'; "
        "event_start '2027-03-09' for None"
    ),
    "qw-it-assegni-geofisica-riapertura-termini": (
        "kind 'extension' for 'call' (scored, not read)"
    ),
    "qu-en-mission-canada-delegation-call": (
        "event_start '2028-05-09' for '2028-05-08'; "
        "event_end '2028-05-10' for '2028-05-12' (scored, not read)"
    ),
    "qu-en-cluster-management-excellence-programme": (
        "kind 'call' for 'course'; event_start None for '2027-03-15'; "
        "event_end None for '2027-06-18'"
    ),
    "qu-en-escp-eoi-smart-textiles": ("event_start '2028-01-25' for None (scored, not read)"),
    "qu-en-space-cluster-partnership-call-24h": ("event_start '2027-11-09' for None"),
    "qu-en-ukraine-cluster-partnership-call-2027": ("event_start '2027-09-01' for None"),
    "qu-fr-cheques-export-pole-competitivite": (
        "instant '2027-03-15' for '2027-03-15T11:00:00+00:00'; deadline_tz None for 'Europe/Paris'"
    ),
    "qv-en-nspc-dig-internal-eastern": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "qv-de-workshop-drittmittel-dfg-antrag": ("kind 'event' for 'course'"),
    "qv-es-ayudas-movilidad-pdi-2027": (
        "deadline '2027-12-15' for '2027-03-10'; deadline_tz None for 'Europe/Madrid'"
    ),
    "qx-en-great-lakes-gpu-hackathon": ("kind 'call' for 'event' (scored, not read)"),
    "qx-en-industrial-automation-fair-matchmaking": (
        "event_start '2027-04-19' for '2027-04-20'; event_end '2027-04-23' for '2027-04-22'"
    ),
    "qx-de-webinar-forschungsdaten-publizieren": ("event_start '2026-11-26' for '2026-10-29'"),
    "qx-de-zertifikatskurs-hpc-admin": ("event_start '2027-09-25' for '2027-09-24'"),
    "qx-de-kooperationsboerse-labtech-muenchen": ("event_end '2027-04-09' for '2027-04-07'"),
    "qx-es-webinar-supercomputo-mexico": ("event_end '2027-04-19' for None"),
    "qx-it-incontri-b2b-meccanica-futura": (
        "event_end '2027-04-15' for '2027-04-14' (scored, not read)"
    ),
    "qy-en-ccasr-partnership-innovation-grants": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "qy-en-ontario-skills-research-fund": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "qy-en-cascadia-health-research-optional-loi": (
        "deadline '2026-12-01' for '2027-03-26'; deadline_tz None for 'America/Los_Angeles'"
    ),
    "qy-en-fnri-northern-research-extension": (
        "deadline_tz 'America/New_York' for 'America/Toronto'"
    ),
    "qy-en-research-digest-maple-valley-seed": ("event_start '2027-04-05' for None"),
    "qy-en-appalachian-heritage-documentation": ("event_start '2027-05-06' for None"),
    "qy-en-wasatch-smart-water-challenge-winners": (
        "deadline '2027-12-02' for '2027-02-12'; "
        "event_start '2027-05-03' for None (scored, not read)"
    ),
    "qz-en-scottish-marine-trust-small-grants": (
        "deadline_tz 'UTC' for 'Europe/London' (scored, not read)"
    ),
    "qz-en-qm-cdt-admissions-2027": ("kind 'call' for 'course'; event_start None for '2027-09-27'"),
    "qz-en-cymru-oral-history-extension-end-jan": ("deadline '2028-01-14' for '2028-01-31'"),
    "qz-en-belfast-open-research-workshop-report": ("kind 'event' for 'news' (scored, not read)"),
    "ra-en-interview-okafor-battery-modelling": ("kind 'event' for 'news' (scored, not read)"),
    "ra-en-quantum-software-call-launch": ("event_start '2027-02-09' for None"),
    "ra-en-doctoral-networks-preannouncement": ("kind 'call' for 'news' (scored, not read)"),
    "ra-en-rse-newsletter-editorial-42": ("kind 'event' for 'news' (scored, not read)"),
    "ra-fr-qc-concours-releve-statistiques": (
        "deadline None for '2026-10-01'; instant None for '2026-10-01T20:00:00+00:00'; "
        "deadline_tz None for 'America/Toronto'"
    ),
    "ra-fr-accord-cadre-strasbourg": ("event_start '2027-02-05' for None"),
    "ra-fr-appel-generique-2028-annonce": ("kind 'call' for 'news'"),
    "ra-mx-hackaton-datos-abiertos-guadalajara": (
        "kind 'call' for 'news'; event_start None for '2027-03-06'; "
        "event_end None for '2027-03-07' (scored, not read)"
    ),
    "ra-es-presupuesto-idi-2027": ("kind 'call' for 'news' (scored, not read)"),
    "rb-en-news-marine-robotics-summer-school": (
        "event_start None for '2026-07-06'; event_end None for '2026-07-17'"
    ),
    "rb-en-call-mooc-development-grants": ("event_start '2026-02-24' for None"),
    "rb-fr-bourses-ecole-thematique-spectroscopies": (
        "event_start '2027-03-15' for None; event_end '2027-03-20' for None"
    ),
    "rb-fr-ami-organisation-ecole-ete-ia-sante-2028": (
        "event_start '2027-06-17' for None; event_end '2027-06-18' for None"
    ),
    "rb-es-convocatoria-creacion-mooc-2026": (
        "kind 'course' for 'call'; event_start '2026-11-30' for None"
    ),
    "rb-it-bando-dottorato-xliii-ciclo": (
        "kind 'call' for 'course'; event_start None for '2027-11-01' (scored, not read)"
    ),
    "rb-it-master-ii-livello-digitalizzazione-pa": (
        "deadline '2026-10-31' for '2026-11-30'; event_end None for '2027-11-20'"
    ),
    "rd-en-evaluators-call": (
        "event_start '2027-05-17' for None; event_end '2027-05-21' for None (scored, not read)"
    ),
    "rd-en-de-data-science-masters": ("event_end '2027-10-11' for None (scored, not read)"),
    "rd-en-ghent-proteomics-conference": ("deadline None for '2027-05-31'"),
    "rd-it-en-dottorato-scienze-terra": (
        "kind 'call' for 'course'; event_start None for '2027-11-01' (scored, not read)"
    ),
    "re-en-euroscale-regular-access-2027": (
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "re-en-mpi-intro-online-feb-2027": ("event_end '2027-02-19' for '2027-02-05'"),
    "re-en-nordic-einfra-pilots-stage2": (
        "kind 'news' for 'call'; deadline '2027-03-03' for '2027-06-10'; "
        "deadline_tz None for 'Europe/Helsinki' (scored, not read)"
    ),
    "re-en-risoft-2027-cfp": ("event_end '2027-09-16' for None"),
    "re-de-nhvm-rechenzeit-fruehjahr-2027": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "rf-en-hpc-cutoff-january": (
        "deadline '2027-01-02' for '2027-01-10'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "rf-en-summer-school-28-days": ("deadline None for '2027-06-07' (scored, not read)"),
    "rf-en-loi-eastern-january": (
        "kind 'event' for 'call'; deadline None for '2027-01-12'; "
        "deadline_tz None for 'America/New_York'; "
        "event_start '2026-12-03' for None (scored, not read)"
    ),
    "rf-de-webinar-tag-vorher": ("deadline '2027-04-13' for '2027-05-03' (scored, not read)"),
    "rg-de-foerderrichtlinie-ki-skizzen-mesz": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"
    ),
    "rg-de-sachbeihilfe-hinweis-mez": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels' (scored, not read)"
    ),
    "rg-de-fristverlaengerung-2359": (
        "deadline '2027-01-06' for '2027-01-11'; "
        "instant '2027-01-06' for '2027-01-11T22:59:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin' (scored, not read)"
    ),
    "rg-de-meldung-ausschreibung-beendet": ("event_start '2027-09-23' for None"),
    "rh-fr-region-allocations-doctorales": (
        "kind 'course' for 'call'; event_start '2027-10-01' for None (scored, not read)"
    ),
    "ri-tender-cluster-observatory": (
        "deadline '2026-10-16' for '2026-10-27'; "
        "instant '2026-10-16' for '2026-10-27T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "ri-deep-tech-cluster-bridge-pitch": (
        "event_start None for '2027-09-23'; event_end None for '2027-09-24'"
    ),
    "ri-interview-silesian-green-energy-cluster": ("event_start '2027-05-27' for None"),
    "rj-en-open-science-webinar-repeat": (
        "kind 'news' for 'event'; event_start '2026-10-14' for '2026-11-19' (scored, not read)"
    ),
    "rj-en-ris3-conference-aarhus": (
        "event_start '2027-06-11' for '2027-06-08'; event_end None for '2027-06-10'"
    ),
    "rj-en-photonics-forum-registration": (
        "event_start '2027-05-27' for '2027-05-25'; event_end None for '2027-05-26'"
    ),
    "rj-de-mobility-hackathon-karlsruhe": (
        "deadline None for '2027-10-24'; "
        "instant None for '2027-10-24T21:59:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin'; "
        "event_start '2027-10-20' for '2027-11-05'; "
        "event_end None for '2027-11-07' (scored, not read)"
    ),
    "rk-en-voluntary-precheck-uk": (
        "kind 'event' for 'call'; deadline None for '2027-05-28'; instant None for "
        "'2027-05-28T15:00:00+00:00'; deadline_tz None for 'Europe/London'; event_start "
        "'2027-04-07' for None (scored, not read)"
    ),
    "rk-en-rolling-export-vouchers": ("deadline '2027-02-01' for None (scored, not read)"),
    "rk-en-reopened-air-quality": ("kind 'extension' for 'call'"),
    "rk-fr-lettre-intention-facultative": (
        "deadline '2027-10-04' for '2027-11-16'; "
        "instant '2027-10-04' for '2027-11-16T12:00:00+00:00'; "
        "deadline_tz None for 'Europe/Paris' (scored, not read)"
    ),
    "rk-it-verifica-facoltativa-voucher": (
        "deadline '2027-03-19' for '2027-04-15'; "
        "instant '2027-03-19' for '2027-04-15T14:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "rl-rcn-fripro-researcher-project-2027": ("event_start '2027-12-01' for None"),
    "rl-ncn-opus-29": (
        "deadline '2027-06-22' for '2027-09-15'; "
        "instant '2027-06-22' for '2027-09-15T14:00:00+00:00'; "
        "deadline_tz None for 'Europe/Warsaw' (scored, not read)"
    ),
    "rl-cern-openlab-summer-students-2027": (
        "kind 'call' for 'course'; "
        "event_start None for '2027-06-14'; "
        "event_end None for '2027-08-13' (scored, not read)"
    ),
    "rm-en-extension-brussels-1400": (
        "instant '2027-04-28' for '2027-04-28T12:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "rn-fr-belgique-seconde-session": ("event_start '2027-11-30' for None"),
    "ro-en-infoday-cluster6-brussels": ("event_end '2027-05-19' for None"),
    "ro-en-winter-school-brisbane-aest": (
        "deadline_tz 'Australia/Sydney' for 'Australia/Brisbane' (scored, not read)"
    ),
    "ro-en-rdm-mooc-enrolment-utc": ("event_start None for '2027-09-13'"),
    "ro-fr-rendez-vous-affaires-salon-lyon": (
        "event_start '2027-10-12' for '2027-10-13'; "
        "event_end '2027-10-15' for '2027-10-14' (scored, not read)"
    ),
    "ro-it-b2b-meccanica-innovazione-milano": (
        "event_start '2027-10-05' for '2027-10-06'; event_end '2027-10-08' for '2027-10-07'"
    ),
    "ro-it-hackathon-turismo-bari-vigilia": (
        "kind 'news' for 'event'; "
        "deadline None for '2027-10-15'; "
        "instant None for '2027-10-15T16:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "rp-es-call-ayudas-clusteres-aei-2027": (
        "deadline None for '2027-05-27'; "
        "instant None for '2027-05-27T12:00:00+00:00'; "
        "deadline_tz None for 'Europe/Madrid'"
    ),
    "rp-en-event-hackathon-clean-ports": (
        "event_start None for '2027-10-09'; event_end None for '2027-10-11'"
    ),
    "rp-es-ext-ayudas-clusteres-aei-2027": (
        "deadline None for '2027-06-10'; "
        "instant None for '2027-06-10T12:00:00+00:00'; "
        "deadline_tz None for 'Europe/Madrid' (scored, not read)"
    ),
    "rp-en-news-new-director-innovation-agency": (
        "event_start '2026-09-01' for None (scored, not read)"
    ),
    "rq-en-gpu-programming-course-sessions": ("event_end '2027-04-30' for '2027-04-14'"),
    "rq-en-edge-ai-wildfire-challenge-pt": ("event_start '2027-06-17' for None"),
    "rq-de-transferprogramm-stichtage-status": (
        "deadline None for '2027-05-31'; "
        "instant None for '2027-05-31T21:59:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin' (scored, not read)"
    ),
    "rq-it-master-data-science-pa-finestre": (
        "deadline '2027-11-05' for '2027-06-30'; "
        "instant '2027-11-05' for '2027-06-30T10:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome'; "
        "event_start '2027-06-30' for '2027-11-05' (scored, not read)"
    ),
    "rq-es-hackaton-salud-cdmx-registro": (
        "kind 'call' for 'event'; "
        "deadline '2027-04-25' for '2027-04-09'; "
        "instant '2027-04-25T22:00:00+00:00' for '2027-04-10T00:00:00+00:00'; "
        "event_start None for '2027-04-24'; "
        "event_end None for '2027-04-25'"
    ),
    "rr-en-news-call-closed-ordinal": (
        "event_start '2027-05-10' for None; event_end '2027-05-12' for None"
    ),
    "rr-en-news-gpu-partition-pubdate-only": ("kind 'call' for 'news'"),
    "rr-es-news-solo-publicacion": ("kind 'call' for 'news'"),
    "rs-erasmus-mundus-water-admission": (
        "kind 'call' for 'course'; event_start None for '2027-09-06'"
    ),
    "rs-eit-digital-master-school-2028": (
        "event_start '2028-01-16' for None; event_end '2028-04-15' for None"
    ),
    "rs-es-cdti-jornada-cluster4": ("kind 'call' for 'event' (scored, not read)"),
    "rt-en-erc-stg-2027-internal-deadline": ("deadline_tz 'Europe/Brussels' for None"),
    "rt-en-leverhulme-limited-submission": (
        "deadline_tz 'Europe/London' for None (scored, not read)"
    ),
    "rt-en-extension-internal-costing-frontier": (
        "deadline_tz 'Europe/London' for None (scored, not read)"
    ),
    "rt-en-wellcome-discovery-optional-intent": ("deadline '2026-10-01' for '2026-10-12'"),
    "rt-en-conference-travel-fund-cutoffs": (
        "kind 'course' for 'call'; event_start '2027-08-01' for None"
    ),
    "rt-en-strategic-equipment-fund-full-applications": (
        "kind 'news' for 'call'; deadline '2027-03-03' for '2027-04-20'"
    ),
    "rt-en-research-integrity-online-course": ("event_start None for '2027-10-04'"),
    "rt-de-fristverlaengerung-erc-advanced-grant": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Berlin'"
    ),
    "rt-it-corso-europrogettazione-ricercatori": (
        "event_start '2027-11-08' for '2027-10-11'; event_end None for '2027-11-08'"
    ),
    "ru-fr-bilan-aap-territoires-industrie": (
        "deadline '2026-10-21' for '2027-02-12'; "
        "instant '2026-10-21' for '2027-02-12T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Paris' (scored, not read)"
    ),
    "ru-fr-campagne-doctorale-prolongation": (
        "deadline '2027-01-08' for '2027-01-22'; "
        "instant '2027-01-08' for '2027-01-22T22:59:00+00:00'; "
        "deadline_tz None for 'Europe/Paris' (scored, not read)"
    ),
    "ru-fr-reunion-aap-economie-bleue": (
        "instant '2027-06-30T10:00:00+00:00' for '2027-06-30T08:00:00+00:00'; "
        "deadline_tz 'Europe/Paris' for 'Indian/Reunion' (scored, not read)"
    ),
    "ru-it-lombardia-innova-filiere-15-giorni": (
        "deadline None for '2027-02-18'; "
        "instant None for '2027-02-18T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome'"
    ),
    "rv-smartmob-online-brokerage": ("kind 'call' for 'event'"),
    "rv-es-resolucion-convocatoria": (
        "deadline None for '2027-03-15'; deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "rw-de-pm-foerderbescheid-gruenderzentrum-cottbus": ("kind 'call' for 'news'"),
    "rw-de-cluster-neue-sprecherin": ("event_start '2027-01-01' for None"),
    "rx-be-formation-gestion-financiere": ("event_start '2027-01-26' for '2027-01-19'"),
    "rx-lu-bilan-appel-industrie": (
        "kind 'call' for 'news'; deadline None for '2027-09-30' (scored, not read)"
    ),
    "rx-qc-laureats-prix-innovation": ("event_start '2027-11-25' for None"),
    "ry-en-hpc-workshop-ease27-cfp": ("event_end '2027-11-19' for None"),
    "ry-en-dhcls2028-call-for-reviewers": (
        "deadline '2027-10-31' for '2027-09-10'; "
        "event_start '2027-12-02' for '2028-05-24'; "
        "event_end None for '2028-05-26'"
    ),
    "ry-en-ukedc2027-programme": (
        "kind 'news' for 'event'; "
        "event_start '2027-07-16' for '2027-09-14'; "
        "event_end None for '2027-09-16'"
    ),
    "ry-en-iec2027-doctoral-symposium": (
        "event_start '2027-06-09' for '2027-06-07'; event_end '2027-06-11' for '2027-06-08'"
    ),
    "ry-en-nccnr2027-end-of-march": (
        "event_start None for '2027-08-26'; event_end None for '2027-08-27'"
    ),
    "ry-en-ecse2027-best-paper-awards": (
        "kind 'call' for 'news'; "
        "event_start '2028-09-04' for '2027-08-30'; "
        "event_end '2028-09-07' for '2027-09-02' (scored, not read)"
    ),
    "rz-es-ampliacion-plazo-neotec-2027": (
        "deadline '2027-03-04' for '2027-03-18'; "
        "instant '2027-03-04T11:00:00+00:00' for '2027-03-18T11:00:00+00:00' (scored, not read)"
    ),
    "rz-it-call-for-papers-sis-napoli-2027": (
        "deadline '2026-12-10' for '2027-01-31'; "
        "event_start None for '2027-05-20'; "
        "event_end None for '2027-05-22'"
    ),
    "rz-it-graduatorie-dottorato-43-ciclo": (
        "kind 'call' for 'news'; "
        "deadline None for '2027-06-03'; "
        "instant None for '2027-06-03T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome'"
    ),
    "rz-it-proof-of-concept-finestre-2027": (
        "deadline None for '2027-05-31'; "
        "instant None for '2027-05-31T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "sa-ie-frontiers-for-the-future-2027": (
        "instant '2027-03-11' for '2027-03-11T14:00:00+00:00'; "
        "deadline_tz None for 'Europe/Dublin' (scored, not read)"
    ),
    "sa-cz-tacr-sigma-4th-tender": ("deadline_tz 'Europe/Brussels' for 'Europe/Prague'"),
    "sa-cy-rif-excellence-hubs-2026": ("deadline_tz 'Asia/Nicosia' for 'Europe/Nicosia'"),
    "sa-pt-ani-proposal-writing-academy-2026": ("event_end None for '2026-12-17'"),
    "sb-en-transatlantic-mission-boston-life-sciences": (
        "event_start None for '2027-05-10'; event_end None for '2027-05-13'"
    ),
    "sc-en-symposium-registration": (
        "instant '2027-08-20' for '2027-08-20T21:59:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "sc-en-summer-school-amsterdam": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam' (scored, not read)"
    ),
    "sc-en-training-programme-rse": ("deadline_tz 'Europe/Brussels' for 'Europe/Madrid'"),
    "sc-de-frist-12-uhr-wasserstoff": (
        "deadline '2027-03-16' for '2027-05-12'; "
        "instant '2027-03-16T11:00:00+00:00' for '2027-05-12T10:00:00+00:00' (scored, not read)"
    ),
    "sc-de-fristverlaengerung-uhrzeit-bleibt": (
        "instant '2027-01-29' for '2027-01-29T14:00:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin' (scored, not read)"
    ),
    "sc-fr-quebec-bourses": (
        "instant '2027-10-01' for '2027-10-01T20:00:00+00:00'; "
        "deadline_tz None for 'America/Toronto' (scored, not read)"
    ),
    "sc-es-jornada-inscripcion": (
        "deadline None for '2027-06-10'; "
        "instant None for '2027-06-10T13:00:00+00:00'; "
        "deadline_tz None for 'Europe/Madrid'"
    ),
    "sd-en-study-visit-denmark-biogas": ("event_end None for '2027-09-16' (scored, not read)"),
    "sd-en-blue-economy-pitch-call": ("event_start None for '2027-11-23'"),
    "sd-de-aufruf-gemeinschaftsstand-mobility": (
        "event_start '2027-03-10' for '2027-04-20'; event_end None for '2027-04-22'"
    ),
    "se-en-call-hosts-cluster-summit-2028": ("event_start '2027-05-24' for None"),
    "se-en-webinar-series-internationalisation": ("event_end '2027-10-12' for '2027-10-26'"),
    "se-en-webinar-course-cluster-finance": (
        "kind 'event' for 'course'; "
        "event_start None for '2027-01-20'; "
        "event_end None for '2027-02-24'"
    ),
    "se-en-call-reopened-green-transition-vouchers": (
        "kind 'extension' for 'call' (scored, not read)"
    ),
    "se-fr-consultation-publique-sri": (
        "deadline '2026-11-05' for '2026-11-30'; deadline_tz 'Europe/Paris' for None"
    ),
    "se-fr-journee-industrie-futur-annulee": (
        "event_start '2027-06-09' for None (scored, not read)"
    ),
    "se-it-riapertura-voucher-internazionalizzazione": ("kind 'extension' for 'call'"),
    "se-it-ciclo-webinar-cluster-digitale": (
        "event_start '2027-01-27' for '2027-01-13'; event_end None for '2027-01-27'"
    ),
    "se-es-informe-anual-clusteres-2026": ("kind 'call' for 'news' (scored, not read)"),
    "sf-en-engineering-trust-gmt-winter": (
        "instant '2027-01-28' for '2027-01-28T16:00:00+00:00'; "
        "deadline_tz None for 'Europe/London' (scored, not read)"
    ),
    "sf-en-seattle-foundation-pacific-november": (
        "deadline '2027-10-15' for '2027-11-09'; "
        "instant '2027-10-16T00:00:00+00:00' for '2027-11-10T01:00:00+00:00'"
    ),
    "sf-en-australia-sydney-time-april": (
        "deadline '2027-03-24' for '2027-04-07'; "
        "instant '2027-03-24T06:00:00+00:00' for '2027-04-07T07:00:00+00:00'"
    ),
    "sf-en-us-federal-stages-table": (
        "deadline '2027-03-15' for '2027-05-06'; "
        "instant '2027-03-15T21:00:00+00:00' for '2027-05-06T21:00:00+00:00' (scored, not read)"
    ),
    "sf-en-australia-rounds-sydney": (
        "deadline None for '2027-06-30'; instant None for '2027-06-30T07:00:00+00:00'; "
        "deadline_tz None for 'Australia/Sydney' (scored, not read)"
    ),
    "sg-de-gruenderwettbewerb-mitternacht": ("event_start '2027-02-02' for None"),
    "sg-de-stichtage-ohne-veroeffentlichung": (
        "deadline None for '2027-03-01'; instant None for '2027-03-01T22:59:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin'"
    ),
    "sg-de-at-land-einreichschluss-dezember": ("deadline_tz 'Europe/Berlin' for 'Europe/Vienna'"),
    "sg-de-at-mitteleuropaeische-sommerzeit-wien": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Vienna' (scored, not read)"
    ),
    "sg-de-ch-kunstwettbewerb-16-uhr": (
        "kind 'event' for 'call'; event_start '2027-06-11' for None"
    ),
    "sg-de-nks-horizont-bruesseler-zeit": ("event_start '2027-06-08' for None"),
    "sh-fr-fqrs-bourses-doctorat-heure-quebec": (
        "instant '2027-03-10' for '2027-03-10T21:00:00+00:00'; "
        "deadline_tz None for 'America/Toronto' (scored, not read)"
    ),
    "sh-fr-sodec-aide-edition-heure-est": ("deadline_tz 'America/Toronto' for 'America/New_York'"),
    "si-it-bologna-manifestazione-interesse": ("event_start '2027-02-25' for None"),
    "si-es-puebla-ciencia-frontera-centro": (
        "deadline '2027-05-03' for '2027-05-28'; "
        "instant '2027-05-04T00:00:00+00:00' for '2027-05-29T00:00:00+00:00' (scored, not read)"
    ),
    "si-es-desafios-innovacion-publica-chile": ("event_start '2027-08-19' for None"),
    "sj-en-footnote-brussels": ("event_start '2027-04-13' for None"),
    "sj-en-extension-workshop-aoe": (
        "event_start None for '2027-07-20'; event_end None for '2027-07-21'"
    ),
    "sj-en-eastern-time-loi": (
        "deadline '2027-06-03' for '2027-01-28'; instant '2027-06-03T20:00:00+00:00' for "
        "'2027-01-28T21:00:00+00:00' (scored, not read)"
    ),
    "sj-es-hora-canaria": (
        "deadline None for '2027-03-15'; instant None for '2027-03-15T23:59:00+00:00'; "
        "deadline_tz None for 'Atlantic/Canary'"
    ),
    "sk-en-floss-lowlands-2025-cfp": (
        "event_start None for '2025-05-17'; event_end None for '2025-05-18' (scored, not read)"
    ),
    "sk-en-open-climate-hackathon-2022": (
        "event_start '2022-11-15' for '2022-10-03'; event_end '2022-12-02' for '2022-11-14'"
    ),
    "sk-en-vsqm-2021-registration": ("kind 'call' for 'event' (scored, not read)"),
    "sl-de-at-smart-production-2015": ("deadline_tz 'Europe/Vienna' for None (scored, not read)"),
    "sl-de-nks-horizon-cl5-2021": ("event_start '2022-01-11' for None"),
    "sl-de-at-fachtagung-graz-2016": ("deadline_tz 'Europe/Vienna' for None"),
    "sl-de-programm-aufstieg-goettingen-2011": ("kind 'event' for 'course'"),
    "sl-de-dile-deadline-aoe-2025": (
        "deadline '2025-07-29' for '2025-07-22'; "
        "instant '2025-07-29' for '2025-07-23T11:59:00+00:00'; "
        "deadline_tz None for 'AoE' (scored, not read)"
    ),
    "sm-fr-be-wallonie-guichet-2013": ("deadline_tz 'Europe/Brussels' for None (scored, not read)"),
    "sm-fr-ami-fabriques-vagues-2021": ("event_start '2021-02-18' for None (scored, not read)"),
    "sm-fr-master-droit-env-ecandidat-2018": ("event_start '2018-05-02' for None"),
    "sm-fr-laureats-aap-economie-circulaire-2015": ("event_start '2015-07-02' for None"),
    "sm-fr-presse-colloque-poitiers-2011": (
        "kind 'event' for 'news'; event_start None for '2011-05-12'"
    ),
    "sm-fr-region-annonce-aap-2023": ("kind 'call' for 'news' (scored, not read)"),
    "sm-fr-presse-bilan-rencontres-dijon-2025": (
        "event_start '2025-04-07' for '2025-04-03'; "
        "event_end None for '2025-04-04' (scored, not read)"
    ),
    "sm-fr-prorogation-appel-candidatures-2013": (
        "deadline '2013-10-31' for '2013-11-15' (scored, not read)"
    ),
    "sn-es-jsd-llamada-2018": (
        "event_start None for '2018-09-26'; event_end None for '2018-09-28' (scored, not read)"
    ),
    "sn-es-expansion-perte-circular-2022": (
        "kind 'call' for 'news'; deadline '2025-06-30' for None (scored, not read)"
    ),
    "sn-it-mimit-brevetti-sportello-2023": (
        "deadline '2023-10-31' for None; deadline_tz 'Europe/Rome' for None (scored, not read)"
    ),
    "sn-it-sole-isi-inail-2012": ("kind 'call' for 'news'"),
    "sn-it-riapertura-borse-fuori-sede-2009": (
        "deadline '2009-10-30' for '2009-11-16' (scored, not read)"
    ),
    "so-en-cosme-cluster-pdf": (
        "instant '2018-04-26' for '2018-04-26T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "so-en-interreg-europe-experts": ("deadline None for '2023-05-31' (scored, not read)"),
    "so-en-ext-he-cl4-topic-deadline-changed": (
        "deadline '2023-04-04' for '2023-04-19'; "
        "instant '2023-04-04T15:00:00+00:00' for '2023-04-19T15:00:00+00:00' (scored, not read)"
    ),
    "sp-en-early-career-reviewers-2024": ("event_start '2024-06-19' for None"),
    "sp-en-host-summer-institute-2016": ("kind 'course' for 'call'"),
    "sp-en-msca-pf-2022-support": (
        "deadline '2022-07-01' for '2022-09-14'; "
        "instant '2022-07-01' for '2022-09-14T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "sp-en-research-methods-seminar-fall2017": (
        "kind 'call' for 'event'; deadline '2017-11-07' for None; event_start None for '2017-10-03'"
    ),
    "sp-en-healthhack-brisbane-2020": ("deadline_tz 'Australia/Sydney' for 'Australia/Brisbane'"),
    "sp-en-esrc-dtp-studentships-2025": (
        "kind 'call' for 'course'; event_start None for '2025-09-29' (scored, not read)"
    ),
    "sp-en-ecr-development-program-2021": ("kind 'call' for 'course'"),
    "sp-en-nsf-career-awards-2016": ("event_start '2016-02-01' for None"),
    "sp-en-nih-lrp-cycle-opens-2023": ("kind 'event' for 'news' (scored, not read)"),
    "sp-en-proposal-writing-retreat-2014": (
        "event_start None for '2014-05-07'; event_end None for '2014-05-09'"
    ),
    "sp-en-cfi-jelf-awards-2022": ("kind 'event' for 'news' (scored, not read)"),
    "sq-es-ayudas-resueltas": ("deadline '2019-06-15' for '2018-06-15'"),
    "sq-es-cluster-go-global": ("deadline '2022-03-01' for None"),
    "sr-it-clan-manifestazioni-interesse": ("event_start '2017-03-21' for None"),
    "sr-it-premio-tesi-fondazione": ("kind 'course' for 'call'"),
    "sr-it-cciaa-bari-fiere-2011": (
        "deadline None for '2011-03-31'; event_start '2011-01-01' for None; "
        "event_end '2011-12-31' for None (scored, not read)"
    ),
    "sr-it-master-unimi-comunicazione": (
        "event_start '2012-10-10' for '2012-11-09'; "
        "event_end None for '2013-06-28' (scored, not read)"
    ),
    "sr-it-news-bando-in-arrivo-2022": ("kind 'call' for 'news' (scored, not read)"),
    "sr-it-news-vincitori-premio-2016": ("event_start '2016-12-03' for None"),
    "sr-it-news-cluster-proposte-pervenute": (
        "deadline None for '2019-11-14'; instant None for '2019-11-14T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome'"
    ),
    "ss-es-aei-retos-2019": (
        "deadline '2019-10-31' for '2019-10-24'; "
        "instant '2019-10-31T13:00:00+00:00' for '2019-10-24T12:00:00+00:00'"
    ),
    "ss-es-taller-transferencia-sevilla-2010": ("kind 'news' for 'event' (scored, not read)"),
    "ss-es-webinar-erc-stg-2025": (
        "kind 'call' for 'event'; event_start None for '2025-09-11' (scored, not read)"
    ),
    "ss-es-mx-unam-diplomado-2022": ("event_end None for '2022-12-10' (scored, not read)"),
    "ss-es-doctorado-admision-2025": ("event_start '2025-07-18' for None (scored, not read)"),
    "ss-es-co-colciencias-prorroga-2017": (
        "kind 'call' for 'extension'; deadline_tz 'Europe/Madrid' for None (scored, not read)"
    ),
    "st-fr-colloque-droit-algorithmes": (
        "event_start '2022-12-02' for '2022-12-01'; event_end None for '2022-12-02'"
    ),
    "st-de-cfp-grenzraeume": ("deadline_tz 'Europe/Vienna' for 'Europe/Berlin' (scored, not read)"),
    "st-de-forschungsnotizen-stichtage": ("deadline None for '2014-09-01' (scored, not read)"),
    "st-de-korrektur-uhrzeit-doktorandenkolloquium": (
        "kind 'call' for 'extension' (scored, not read)"
    ),
    "su-en-student-volunteers-ihcc": (
        "event_start None for '2018-06-25'; event_end None for '2018-06-28'"
    ),
    "su-en-doctoral-consortium-cfp": (
        "event_start None for '2022-09-12'; event_end None for '2022-09-16' (scored, not read)"
    ),
    "su-en-accelerator-demo-day": ("kind 'course' for 'event' (scored, not read)"),
    "su-en-plant-stress-symposium-registration": ("kind 'call' for 'event'"),
    "su-en-data-science-bootcamp-fall-2024": (
        "deadline '2024-07-12' for '2024-08-16'; "
        "instant '2024-07-12' for '2024-08-17T03:59:00+00:00'; "
        "deadline_tz None for 'America/New_York'"
    ),
    "su-en-preaccelerator-launchpad": (
        "kind 'call' for 'course'; "
        "event_start None for '2021-05-24'; "
        "event_end None for '2021-07-30'"
    ),
    "su-en-clinical-trials-pgcert": ("deadline_tz 'Europe/London' for 'UTC' (scored, not read)"),
    "sv-de-mentorinnen-gesucht": ("kind 'event' for 'call' (scored, not read)"),
    "sv-de-journalistenpreis-verliehen": ("event_start None for '2016-11-24'"),
    "sv-de-vorankuendigung-fonds": ("kind 'call' for 'news'"),
    "sv-it-ambasciatori-clima": (
        "kind 'event' for 'call'; "
        "event_start '2025-03-10' for None; "
        "event_end '2025-03-14' for None (scored, not read)"
    ),
    "sv-it-corso-fse-logistica": ("event_start '2018-03-06' for '2018-04-09' (scored, not read)"),
    "sw-fr-contrats-doctoraux-svs": ("kind 'course' for 'call'; event_start '2023-10-01' for None"),
    "sw-fr-cp-laureates-talents-recherche": ("kind 'call' for 'news' (scored, not read)"),
    "sw-es-becas-arte-2024-anuncio": ("kind 'call' for 'news' (scored, not read)"),
    "sw-es-ampliado-plazo-jis-2022": (
        "kind 'call' for 'extension'; "
        "event_start '2022-09-05' for None; "
        "event_end '2022-09-07' for None (scored, not read)"
    ),
    "sx-en-women-innovators-2020": (
        "deadline '2018-01-01' for '2019-11-21'; "
        "instant '2018-01-01' for '2019-11-21T16:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "sx-en-forthcoming-interregional-innovation-call": ("kind 'call' for 'news'"),
    "sx-en-industrial-strategy-2020": ("kind 'event' for 'news'"),
    "sy-en-spaceapps-baltimore": (
        "kind 'call' for 'event'; "
        "event_start None for '2016-10-01'; "
        "event_end None for '2016-10-02'"
    ),
    "sy-en-dhdf-edinburgh-2019": (
        "event_start '2019-07-04' for '2019-07-03'; event_end None for '2019-07-05'"
    ),
    "sy-en-icesheet-workshop-2013": ("kind 'news' for 'event'"),
    "sy-fr-webinaire-erasmus-partenariats-2021": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Paris'"
    ),
    "sy-it-convegno-plasmi-trieste-2011": (
        "deadline '2011-09-07' for None; "
        "event_start None for '2011-09-05'; "
        "event_end None for '2011-09-07' (scored, not read)"
    ),
    "sz-fr-tiers-lieux-ouverture-annoncee": ("kind 'call' for 'news'"),
    "ta-en-eeel-cfp-2016": ("event_start None for '2016-03-18'"),
    "ta-en-gtv-final-cutoff-news": (
        "deadline '2017-01-19' for '2017-09-14'; "
        "instant '2017-01-19' for '2017-09-14T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "ta-en-expert-evaluators-quarterly": ("deadline None for '2015-09-01'"),
    "ta-fr-tiers-lieux-sessions-2019": ("event_start '2019-09-15' for None"),
    "ta-fr-colloque-frontieres-memoires": (
        "event_start '2013-11-02' for '2013-11-14' (scored, not read)"
    ),
    "tb-en-heritage-grants-to-open": ("kind 'call' for 'news' (scored, not read)"),
    "tb-en-nairobi-summit-wrapup": ("kind 'call' for 'news'"),
    "tb-en-postgrad-scholarships-stats": ("event_start '2011-10-01' for None (scored, not read)"),
    "tb-en-smart-manufacturing-to-open": ("kind 'call' for 'news'"),
    "tb-es-becas-idiomas-anuncio": ("kind 'call' for 'news' (scored, not read)"),
    "tc-de-terminaenderung-junior-fellowships": ("kind 'call' for 'extension' (scored, not read)"),
    "tc-fr-journee-etude-ecrire-le-travail": ("event_end '2023-12-02' for None (scored, not read)"),
    "tc-it-selezione-docenti-didattica-digitale": ("kind 'course' for 'call'"),
    "td-en-interreg-ce-2nd-call-step1": (
        "deadline '2016-12-14' for '2016-06-06'; "
        "instant '2016-12-14' for '2016-06-06T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "td-en-ecc-2018-b2b-matchmaking": (
        "event_start '2018-05-14' for '2018-05-15'; event_end '2018-05-16' for None (scored, not "
        "read)"
    ),
    "td-en-uk-health-info-day-brokerage-2017": (
        "deadline_tz 'Europe/London' for 'UTC' (scored, not read)"
    ),
    "td-en-cluster-excellence-training-vienna-2017": (
        "kind 'call' for 'course'; "
        "event_start None for '2017-03-20'; "
        "event_end None for '2017-03-22'"
    ),
    "te-en-climatehack-exeter-2018": ("deadline_tz 'Europe/London' for 'UTC' (scored, not read)"),
    "te-en-seg-2016-deadline-extension": (
        "deadline '2016-06-15' for '2016-06-30'; "
        "instant '2016-06-15' for '2016-06-30T21:59:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'; "
        "event_start None for '2016-10-19'; "
        "event_end None for '2016-10-21' (scored, not read)"
    ),
    "te-en-wpa-2014-deadline-extended": ("event_start None for '2014-06-16'"),
    "te-en-cu-graduate-research-awards-spring-2008": (
        "kind 'course' for 'call' (scored, not read)"
    ),
    "te-en-gates-gce-round-18": (
        "instant '2016-11-09' for '2016-11-09T19:30:00+00:00'; "
        "deadline_tz None for 'America/Los_Angeles' (scored, not read)"
    ),
    "te-en-ncp-itn-web-seminar-2011": (
        "kind 'call' for 'event'; "
        "deadline '2011-05-12' for None; "
        "deadline_tz 'Europe/Brussels' for None; "
        "event_start None for '2011-05-12' (scored, not read)"
    ),
    "tf-de-bmbf-photonische-prozessketten-skizzen-2017": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"
    ),
    "tf-de-ihk-aussenwirtschaftstag-2013": (
        "deadline None for '2013-09-12'; "
        "instant None for '2013-09-12T10:00:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin'; "
        "event_start '2013-08-20' for '2013-09-26' (scored, not read)"
    ),
    "tf-de-bw-foerderaufruf-wasserstoff-modellregionen-2022": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"
    ),
    "tg-en-workshop-smart-grids-cfp-2010": ("event_start None for '2010-10-04'"),
    "tg-en-newsletter-agrifood-hackathon-2018": (
        "kind 'news' for 'event'; "
        "deadline None for '2018-10-12'; "
        "event_start None for '2018-10-19'; "
        "event_end None for '2018-10-21'"
    ),
    "tg-en-women-innovators-award-winners-2012": ("event_start None for '2012-07-17'"),
    "tg-en-eco-conference-abstract-extension-2011": (
        "event_start None for '2011-06-15'; event_end None for '2011-06-17'"
    ),
    "tg-fr-laureats-prix-innovation-2016": ("event_start None for '2016-12-06'"),
    "th-en-smart-city-hackathon-manchester-2018": ("deadline_tz 'Europe/London' for 'UTC'"),
    "th-en-woi-2012-deadline-extended": (
        "event_start None for '2012-06-27'; event_end None for '2012-06-29'"
    ),
    "th-fr-salon-industrie-du-futur-paris-2023": ("kind 'call' for 'event' (scored, not read)"),
    "th-it-notizia-scuola-estiva-economia-innovazione-trento-2011": (
        "deadline '2011-07-15' for None; "
        "event_start None for '2011-07-04'; "
        "event_end None for '2011-07-15'"
    ),
    "th-it-corso-formazione-cluster-manager-padova-2013": (
        "event_start '2013-03-01' for '2013-03-07' (scored, not read)"
    ),
    "ti-en-lssd-workshop-extension-2010": ("event_start None for '2010-07-12'"),
    "ti-en-transnational-access-cutoffs-2009": (
        "event_start '2009-04-01' for None; event_end '2010-03-31' for None"
    ),
    "ti-en-eclap-2025-extension": (
        "event_start None for '2025-09-24'; event_end None for '2025-09-26'"
    ),
    "ti-fr-colloque-transitions-energetiques-2010": ("event_start '2010-03-02' for '2010-03-25'"),
    "ti-de-digitale-lernraeume-2021": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels' (scored, not read)"
    ),
    "ti-es-cooperacion-transfronteriza-2017": (
        "deadline '2018-02-15' for '2017-11-20' (scored, not read)"
    ),
    "tj-en-cluster-excellence-academy-2016": ("event_end '2016-04-14' for '2016-10-06'"),
    "tj-en-cluster-internationalisation-survey-2011": ("kind 'event' for 'call'"),
    "tj-en-readme-caw-cfp-extension-2023": ("event_start None for '2023-06-19'"),
    "tj-en-readme-women-open-innovation-mentorship-2025": (
        "kind 'call' for 'course'; event_start None for '2025-03-25'"
    ),
    "tk-en-innovation-vouchers-guidance-2011": (
        "deadline '2012-03-31' for '2011-10-14' (scored, not read)"
    ),
    "tk-fr-quebec-soutien-equipes-recherche-2009": (
        "instant '2009-10-01' for '2009-10-01T20:00:00+00:00'; "
        "deadline_tz None for 'America/Toronto' (scored, not read)"
    ),
    "tk-de-fristverlaengerung-innovationsgutscheine-2011": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels' (scored, not read)"
    ),
    "tl-es-navalcarnero-ampliacion-relato-2019": ("deadline_tz 'Europe/Madrid' for None"),
    "tl-es-logrono-universidad-popular-otono-2018": (
        "event_start '2018-09-19' for '2018-10-01'; "
        "event_end '2018-10-01' for None (scored, not read)"
    ),
    "tl-de-vhs-wiedereinstieg-frauen-2017": (
        "deadline '2017-10-27' for '2017-08-15'; "
        "deadline_tz 'Europe/Berlin' for None; "
        "event_start None for '2017-09-04'; "
        "event_end None for '2017-10-27' (scored, not read)"
    ),
    "tl-de-ferienakademie-naturwissenschaften-2010": ("kind 'event' for 'course'"),
    "tl-de-ausbildungsmesse-stadthalle-2024": (
        "kind 'call' for 'event'; event_start None for '2024-09-21'"
    ),
    "tl-fr-marche-noel-report-date-limite-2018": (
        "event_start None for '2018-12-07'; event_end None for '2018-12-23' (scored, not read)"
    ),
    "tl-fr-ecole-municipale-musique-inscriptions-2025": (
        "deadline None for '2025-09-13'; event_start '2025-09-01' for '2025-09-15'; "
        "event_end '2025-09-13' for None (scored, not read)"
    ),
    "tl-fr-reunion-publique-plu-2013": ("kind 'news' for 'event'"),
    "tm-fr-montreal-initiatives-culturelles-quartier-2023": ("deadline_tz 'Europe/Paris' for None"),
    "tm-fr-ulaval-recherche-emergente-2016": (
        "deadline_tz 'America/Toronto' for 'America/New_York'"
    ),
    "tm-fr-acfas-89e-congres-colloques": ("deadline_tz 'America/Toronto' for 'America/New_York'"),
    "tm-fr-genome-quebec-genomique-appliquee-loi-2018": (
        "deadline_tz 'America/Toronto' for 'America/New_York'"
    ),
    "tm-fr-ontario-pafo-2024-2025": (
        "kind 'event' for 'call'; deadline None for '2024-06-12'; instant None for "
        "'2024-06-12T21:00:00+00:00'; deadline_tz None for 'America/New_York'; event_start "
        "'2024-06-12' for None"
    ),
    "tm-en-graduate-certificate-gis-fall-2023": ("deadline '2023-05-01' for '2023-07-15'"),
    "tm-fr-udem-ecole-ete-sante-mondiale-2018": ("kind 'call' for 'course'"),
    "tm-en-nih-hurricane-sandy-late-applications-2012": (
        "kind 'call' for 'extension'; deadline '2012-11-05' for '2012-11-19'"
    ),
    "tm-fr-frq-report-projets-equipe-covid-2020": (
        "deadline_tz 'America/Toronto' for 'America/New_York'"
    ),
    "tm-en-glsce-abstract-deadline-extended-2022": (
        "event_start None for '2022-06-09'; event_end None for '2022-06-10' (scored, not read)"
    ),
    "tm-en-iowa-catalyst-grants-awarded-2020": ("kind 'call' for 'news'"),
    "tn-en-devpost-green-grid-hackathon-2021": (
        "kind 'event' for 'call'; "
        "event_start '2021-01-18' for '2020-11-20'; "
        "event_end '2021-02-01' for '2021-01-15'"
    ),
    "tn-en-ecomod-2019-extended-deadline": (
        "event_start None for '2019-06-24'; event_end None for '2019-06-27' (scored, not read)"
    ),
    "tn-en-taikai-blue-economy-challenge-2024": (
        "event_start '2024-11-28' for '2024-10-21'; "
        "event_end None for '2024-11-28' (scored, not read)"
    ),
    "tn-en-cost-soil-training-school-extended-2015": (
        "event_start None for '2015-04-20'; event_end None for '2015-04-24'"
    ),
    "tn-de-ai-prod-open-call-kmu-2020": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "tn-fr-defi-ia-sante-occitanie-2024": ("event_start None for '2024-06-13'"),
    "tn-es-jornadas-robotica-sevilla-ampliacion-2018": (
        "event_start None for '2018-06-13'; event_end None for '2018-06-15'"
    ),
    "to-es-aplazado-congreso-turismo-rural-caceres-2020": ("kind 'event' for 'news'"),
    "to-es-ampliacion-plazo-ciidu-malaga-2017": (
        "event_start None for '2017-10-18'; event_end None for '2017-10-20'"
    ),
    "to-es-jornadas-informatica-sociedad-buenos-aires-2014": ("kind 'event' for 'call'"),
    "to-es-congreso-educacion-digital-cdmx-2018": (
        "event_start '2018-01-08' for '2018-09-19'; "
        "event_end None for '2018-09-21' (scored, not read)"
    ),
    "to-es-suspendidas-jornadas-enfermeria-comunitaria-oviedo-2020": (
        "kind 'event' for 'news'; "
        "event_start '2020-03-26' for None; "
        "event_end '2020-03-27' for None (scored, not read)"
    ),
    "to-es-ampliacion-resumenes-ecologia-paisaje-zaragoza-2015": (
        "event_start None for '2015-06-29'; event_end None for '2015-07-02'"
    ),
    "to-it-resoconto-convegno-distretti-torino-2018": (
        "deadline '2018-11-23' for None; "
        "event_start None for '2018-11-22'; "
        "event_end None for '2018-11-23'"
    ),
    "to-it-rinvio-convegno-geografia-urbana-genova-2020": ("kind 'event' for 'news'"),
    "to-it-proroga-abstract-pedagogia-speciale-padova-2016": (
        "event_start None for '2016-09-22'; event_end None for '2016-09-24'"
    ),
    "to-it-cambio-data-workshop-dati-aperti-reggio-emilia-2022": ("kind 'event' for 'news'"),
    "to-it-proroga-cinema-televisione-udine-2015": (
        "event_start None for '2015-12-03'; event_end None for '2015-12-04'"
    ),
    "tp-de-fristverlaengerung-jahrestagung-leipzig-2017": (
        "event_start None for '2017-09-27'; event_end None for '2017-09-29'"
    ),
    "tp-de-cfp-konferenz-regionalentwicklung-fulda-2021": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"
    ),
    "tp-de-gemeinschaftsstand-hannover-messe-2013": ("kind 'event' for 'call'"),
    "tp-fr-salon-pro-industrie-preinscription-2013": ("deadline_tz 'Europe/Paris' for None"),
    "tp-fr-be-seance-information-cheques-entreprises-namur-2016": (
        "deadline None for '2016-05-20' (scored, not read)"
    ),
    "tp-fr-qc-appel-communications-acfas-2015": (
        "deadline_tz 'America/Toronto' for 'America/New_York' (scored, not read)"
    ),
    "tp-fr-report-date-limite-colloque-industrie-futur-2020": (
        "event_start None for '2020-11-19'; event_end None for '2020-11-20'"
    ),
    "tp-fr-cycle-webinaires-decarboner-industrie-2023": ("event_end None for '2023-11-09'"),
    "tp-fr-matinale-export-paiements-paris-2016": (
        "kind 'call' for 'event'; event_start None for '2016-06-03'"
    ),
    "tp-fr-retour-journee-laureats-ambition-recherche-2013": ("event_start None for '2013-03-14'"),
    "tp-fr-appel-communications-journees-doctorales-bordeaux-2021": (
        "deadline None for '2021-01-15'"
    ),
    "tq-en-regional-innovation-ecosystems-leuven-2024": (
        "deadline '2024-06-26' for '2024-06-10'; "
        "event_start None for '2024-06-25'; "
        "event_end None for '2024-06-26'"
    ),
    "tq-en-ewrc-2019-side-event-clusters": (
        "event_start '2019-10-07' for '2019-10-09'; event_end '2019-10-10' for None"
    ),
    "tq-en-singapore-delegation-selection-2019": (
        "event_start None for '2019-05-20'; event_end None for '2019-05-24'"
    ),
    "tq-en-cluster-management-awards-winners-2012": (
        "event_start None for '2012-10-23' (scored, not read)"
    ),
    "tq-en-infoday-presentations-online-2013": (
        "kind 'event' for 'news'; "
        "deadline None for '2013-09-12'; "
        "instant None for '2013-09-12T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "tq-en-ewrc-2021-workshop-highlights": (
        "event_start '2021-10-11' for '2021-10-12'; event_end '2021-10-14' for None"
    ),
    "tq-en-cluster-mission-japan-call-2014": (
        "event_start None for '2014-05-12'; event_end None for '2014-05-16'"
    ),
    "tq-en-silicon-valley-delegation-call-2020": (
        "event_start None for '2020-03-02'; event_end None for '2020-03-06'"
    ),
    "tq-en-india-cluster-delegation-eoi-2011": (
        "event_start None for '2011-12-05'; event_end None for '2011-12-09'"
    ),
    "tq-en-blue-economy-pitch-call-2021": ("event_start None for '2021-11-04' (scored, not read)"),
    "tq-en-cluster-excellence-award-call-2012": ("event_start None for '2012-05-21'"),
    "tq-en-study-visit-catalonia-call-2022": (
        "event_start None for '2022-05-10'; event_end None for '2022-05-12'"
    ),
    "tq-en-automotive-b2b-turin-extended-2010": (
        "event_start None for '2010-10-27'; event_end None for '2010-10-28' (scored, not read)"
    ),
    "tq-en-canada-cluster-mission-extended-2013": (
        "event_start None for '2013-06-03'; event_end None for '2013-06-07'"
    ),
    "tq-en-danube-cluster-forum-extended-2017": (
        "event_start None for '2017-12-06'; event_end None for '2017-12-07' (scored, not read)"
    ),
    "tq-en-hydrogen-valleys-matchmaking-extended-2023": (
        "event_start None for '2023-06-01' (scored, not read)"
    ),
    "tq-en-ocean-pitch-lisbon-extended-2019": (
        "event_start None for '2019-07-02'; event_end None for '2019-07-03' (scored, not read)"
    ),
    "tr-en-extension-winter-school-techtransfer-2010": (
        "event_start None for '2010-12-06'; event_end None for '2010-12-10'"
    ),
    "tr-en-masters-open-day-leuven-2015": ("event_end None for '2015-11-14' (scored, not read)"),
    "tr-en-news-cluster-leadership-programme-2019": (
        "event_start '2019-11-15' for '2019-04-08'; event_end None for '2019-11-15'"
    ),
    "tr-en-extension-meng-cybersecurity-2021": ("event_start None for '2021-08-30'"),
    "tr-fr-formation-animer-pole-cluster-2011": ("event_end '2011-10-07' for '2012-03-16'"),
    "tr-fr-prolongation-manager-innovation-2014": ("event_start None for '2014-04-07'"),
    "tr-de-sommerschule-industrie40-2018": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "tr-de-online-schulung-eu-foerdermittel-2021": ("deadline '2021-02-23' for '2021-02-03'"),
    "tr-de-fristverlaengerung-zertifikatskurs-innovationsmanagement-2024": (
        "event_start None for '2024-01-25'; event_end None for '2024-06-20'"
    ),
    "tr-it-summer-school-economia-innovazione-2022": (
        "deadline '2022-04-15' for '2022-03-31'; "
        "instant '2022-04-15T21:59:00+00:00' for '2022-03-31T21:59:00+00:00'"
    ),
    "tr-it-proroga-corso-perfezionamento-project-management-2018": (
        "event_start None for '2018-11-23'"
    ),
    "tr-es-sesion-informativa-masteres-2024": ("event_end None for '2024-03-06'"),
    "tr-es-noticia-clausura-programa-direccion-clusters-2008": (
        "event_start '2008-06-13' for '2008-02-15'; event_end None for '2008-06-13'"
    ),
    "ts-en-regional-innovation-awards-winners-2009": ("event_start None for '2009-11-12'"),
    "ts-de-innovationspreis-frist-verlaengert-2015": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"
    ),
    "ts-es-curso-verano-innovacion-abierta-2016": (
        "deadline '2016-07-08' for '2016-06-20'; event_start None for '2016-07-04'; "
        "event_end None for '2016-07-08' (scored, not read)"
    ),
    "tt-de-prager-zukunftsfonds-bilanz-2011": (
        "kind 'call' for 'news'; deadline None for '2011-09-30' (scored, not read)"
    ),
    "tt-de-wko-webinar-digitalisierung-2021": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Vienna' (scored, not read)"
    ),
    "tt-de-innosuisse-flagship-fristverlaengerung-2025": (
        "deadline_tz 'Europe/Zurich' for 'Europe/Brussels'"
    ),
    "tt-fr-frqnt-bourses-doctorat-2015": (
        "deadline_tz 'America/Toronto' for 'America/New_York' (scored, not read)"
    ),
    "tt-fr-monaco-colloque-ocean-climat-2016": (
        "event_start None for '2016-05-24'; event_end None for '2016-05-26'"
    ),
    "tt-it-prohelvetia-proroga-spazi-digitali-2020": (
        "deadline_tz 'Europe/Zurich' for 'Europe/Brussels'"
    ),
    "tt-es-corfo-semilla-inicia-2019": ("deadline_tz 'Europe/Madrid' for None"),
    "tt-es-conacyt-ciencia-frontera-cierre-2022": (
        "kind 'call' for 'news'; deadline None for '2022-07-15'"
    ),
    "tt-es-jcc-llamado-trabajos-2012": (
        "event_start None for '2012-11-12'; event_end None for '2012-11-16' (scored, not read)"
    ),
    "tu-en-apsg-kyoto-abstracts-2011": ("deadline_tz None for 'Asia/Tokyo'"),
    "tu-en-ictc-2020-jeju-deadline-extended": (
        "event_start None for '2020-10-21'; event_end None for '2020-10-23' (scored, not read)"
    ),
    "tu-en-smu-asian-law-conference-extension-2025": (
        "event_start None for '2025-07-10'; event_end None for '2025-07-11' (scored, not read)"
    ),
    "tw-en-academy-finland-academy-projects-news-2011": (
        "kind 'call' for 'news' (scored, not read)"
    ),
    "tw-en-nwo-enw-xl-pre-announcement-2023": ("kind 'news' for 'call' (scored, not read)"),
    "tw-en-ucd-sfi-research-centres-approval-2012": ("deadline_tz 'Europe/Dublin' for None"),
    "tw-en-tcd-erc-proposal-development-programme-2022": ("kind 'call' for 'course'"),
    "tw-de-dfg-graduiertenkolleg-praesidium-2016": ("kind 'course' for 'call' (scored, not read)"),
    "tw-de-uni-bonn-exzellenzcluster-2018": ("kind 'call' for 'news'"),
    "tw-de-humboldt-professur-interne-vorschlaege-2011": (
        "deadline '2011-07-15' for '2011-03-31' (scored, not read)"
    ),
    "tw-de-uni-jena-graduiertenkolleg-bewilligt-2022": (
        "kind 'course' for 'news' (scored, not read)"
    ),
    "tw-de-uni-hamburg-nachwuchsgruppen-mez-2009": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"
    ),
    "tx-en-smartgrid-forum-ljubljana-2014": (
        "event_start '2014-10-17' for '2014-10-14'; event_end None for '2014-10-16'"
    ),
    "tx-en-winter-workshop-complex-systems-2019-20": ("kind 'news' for 'event'"),
    "tx-en-open-data-webinar-series-2020": (
        "deadline None for '2020-04-22'; instant None for '2020-04-22T12:00:00+00:00'; "
        "deadline_tz None for 'UTC'"
    ),
    "tx-en-foodtec-asia-visitors-2017": ("kind 'course' for 'event' (scored, not read)"),
    "tx-en-icml-2023-trustworthy-ml-health-extension": ("event_start None for '2023-07-29'"),
    "tx-en-nordic-battery-days-2020-cancelled": (
        "event_start '2021-04-20' for '2020-04-21'; event_end '2021-04-22' for '2020-04-23'"
    ),
    "tx-en-won-2011-registration-montreal": ("kind 'news' for 'event'"),
    "tx-en-european-cluster-conference-2016-workshop-extension": (
        "event_start None for '2016-11-30'; event_end None for '2016-12-01' (scored, not read)"
    ),
    "tx-en-iccs-lisbon-2010-registration": ("kind 'call' for 'event'"),
    "tx-en-icmm-2017-poster-extension": (
        "event_start None for '2017-10-04'; event_end None for '2017-10-06' (scored, not read)"
    ),
    "tx-en-ashs-annual-meeting-2024-abstract-extension": (
        "event_start None for '2024-06-23'; event_end None for '2024-06-26'"
    ),
    "tx-en-resilient-cities-webinar-series-2024": (
        "event_end None for '2024-09-11' (scored, not read)"
    ),
    "tx-en-eu-sustainable-energy-week-2015": (
        "event_start '2015-06-16' for '2015-06-15'; event_end '2015-06-18' for '2015-06-19'"
    ),
    "tx-en-mexico-city-workshop-2009-cancelled": (
        "event_start None for '2009-05-12'; event_end None for '2009-05-14'"
    ),
    "tx-en-ecai-2014-student-volunteers": (
        "event_start None for '2014-08-18'; event_end None for '2014-08-22' (scored, not read)"
    ),
    "tx-en-gis-day-2012-registration-extended": ("event_start None for '2012-11-14'"),
    "tx-en-unesco-heritage-forum-paris-2013": (
        "deadline '2013-04-15' for '2013-05-15'; "
        "instant '2013-04-15' for '2013-05-15T16:00:00+00:00'; "
        "deadline_tz None for 'Europe/Paris' (scored, not read)"
    ),
    "tx-en-festival-of-ideas-2016": (
        "event_start '2016-11-01' for '2016-10-28'; event_end None for '2016-11-05'"
    ),
    "ty-en-survey-cluster-internationalisation-2016": (
        "kind 'event' for 'call' (scored, not read)"
    ),
    "ty-en-interview-foodtech-cluster-manager": ("kind 'event' for 'news' (scored, not read)"),
    "ty-en-newsletter-cluster-manager-training-2012": (
        "kind 'news' for 'course'; "
        "deadline None for '2012-03-30'; "
        "event_start None for '2012-04-23'"
    ),
    "ty-en-newsletter-december-digest-2009": (
        "kind 'event' for 'news'; deadline '2010-01-04' for None (scored, not read)"
    ),
    "ty-en-finnish-cleantech-cluster-new-member-2010": (
        "kind 'event' for 'news' (scored, not read)"
    ),
    "ty-en-interreg-third-call-preannouncement-2023": ("kind 'news' for 'call'"),
    "ty-en-regional-innovation-workshop-extension-aoe-2018": (
        "event_start None for '2018-10-04'; event_end None for '2018-10-05' (scored, not read)"
    ),
    "ty-en-ict-info-day-report-2010": ("event_start None for '2010-05-12'"),
    "ty-en-interview-mobility-cluster-director": ("kind 'event' for 'news'"),
    "ty-en-partner-search-interreg-med-no-deadline-2013": (
        "kind 'news' for 'call' (scored, not read)"
    ),
    "ty-en-smart-mobility-b2b-registration-extended-2017": (
        "event_start None for '2017-11-22'; event_end None for '2017-11-23'"
    ),
    "tz-en-seed-accelerator-cohort-2021": (
        "event_start '2021-07-15' for '2021-04-26'; event_end None for '2021-07-15'"
    ),
    "tz-en-volunteers-open-science-conference-2016": (
        "event_start None for '2016-09-05'; event_end None for '2016-09-08'"
    ),
    "tz-en-engineering-innovation-award-2012": (
        "event_start None for '2012-11-22' (scored, not read)"
    ),
    "tz-en-student-design-competition-2015": (
        "event_start None for '2015-10-12'; event_end None for '2015-10-14'"
    ),
    "tz-en-study-visit-basque-clusters-2011": (
        "event_start None for '2011-11-08'; event_end None for '2011-11-09'"
    ),
    "tz-en-data-bootcamp-2025": ("deadline_tz 'Europe/London' for 'UTC' (scored, not read)"),
    "tz-en-summer-school-travel-grants-2010": (
        "event_start None for '2010-06-14'; event_end None for '2010-06-25' (scored, not read)"
    ),
    "tz-fr-hackathon-ville-lille-2019": ("kind 'call' for 'event' (scored, not read)"),
    "tz-fr-quebec-concours-startups-2018": ("event_start None for '2018-11-29'"),
    "tz-fr-prolongation-appel-intervenants-2022": (
        "event_start None for '2022-06-09'; event_end None for '2022-06-10' (scored, not read)"
    ),
    "tz-fr-news-remise-prix-innovation-2024": ("event_start None for '2024-11-26'"),
    "tz-de-accelerator-bewerbungsrunden-2017": (
        "event_end None for '2017-11-24' (scored, not read)"
    ),
    "tz-de-online-hackathon-gesundheit-2020": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "tz-de-verlaengerung-ideenwettbewerb-2023": ("event_start None for '2023-12-14'"),
    "tz-de-aufruf-ehrenamtliche-mentorinnen-2025": ("event_start None for '2025-04-10'"),
    "tz-it-premio-innovazione-cerimonia-2019": ("event_start None for '2019-10-15'"),
    "tz-it-news-finale-startup-competition-2016": ("event_start None for '2016-06-20'"),
    "tz-es-ampliacion-plazo-premios-2024": ("event_start None for '2024-11-21' (scored, not read)"),
    "ua-en-icwse-2014-deadline-extended": (
        "event_start None for '2014-06-25'; event_end None for '2014-06-27' (scored, not read)"
    ),
    "ua-en-polar-workshop-abstract-extension-2010": (
        "event_start None for '2010-07-07'; event_end None for '2010-07-09'"
    ),
    "ua-en-climate-hackathon-registration-extended-2023": (
        "event_start None for '2023-11-03'; event_end None for '2023-11-05'"
    ),
    "ua-en-innovation-fellowships-deadline-extended-2025": (
        "deadline '2024-12-18' for '2025-01-08'; "
        "instant '2024-12-18' for '2025-01-08T12:00:00+00:00'; "
        "deadline_tz None for 'Europe/London'"
    ),
    "ua-en-erratum-cfp-cluster-policy-workshop-2015": (
        "event_start None for '2015-09-03'; event_end None for '2015-09-05'"
    ),
    "ua-en-apcc-2016-extension-utc8": (
        "event_start None for '2016-11-22'; event_end None for '2016-11-24'"
    ),
    "ua-fr-ecole-ete-donnees-inscriptions-prolongees-2019": (
        "event_start None for '2019-08-26'; event_end None for '2019-08-30'"
    ),
    "ua-de-berichtigung-bekanntmachung-innovationscluster-2018": (
        "deadline '2018-07-31' for '2018-08-31' (scored, not read)"
    ),
    "ua-de-erinnerung-innovationspreis-2015": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "ua-it-rettifica-bando-ricerca-industriale-2013": (
        "kind 'extension' for 'call'; "
        "deadline None for '2013-06-21'; "
        "instant None for '2013-06-21T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome'"
    ),
    "ua-it-chiusura-sportello-esaurimento-risorse-2024": (
        "deadline None for '2024-10-07'; "
        "instant None for '2024-10-07T10:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome'"
    ),
    "ua-it-riapertura-termini-master-innovazione-2011": ("event_start None for '2011-02-04'"),
    "ua-it-seconda-finestra-bando-digitalizzazione-2019": (
        "deadline '2019-07-01' for '2019-07-31'; "
        "instant '2019-07-01' for '2019-07-31T21:59:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "ua-es-segundo-plazo-hackathon-ciudad-inteligente-2025": ("kind 'call' for 'extension'"),
    "ub-de-qualifizierung-clustermanager-2014": (
        "event_start '2014-09-23' for '2014-09-22' (scored, not read)"
    ),
    "ub-de-eurostars-stichtag-herbst-2022": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "ub-de-ihk-zertifikatslehrgang-innovationsmanager-2019": (
        "event_end None for '2019-12-14' (scored, not read)"
    ),
    "ub-de-konferenz-cluster-leipzig-frist-verlaengert-2009": (
        "event_start None for '2009-09-24'; event_end None for '2009-09-25' (scored, not read)"
    ),
    "ub-de-innovationstag-mittelstand-2019": (
        "kind 'call' for 'event'; "
        "deadline '2019-05-16' for None; "
        "deadline_tz 'Europe/Berlin' for None; "
        "event_start None for '2019-05-16'"
    ),
    "ub-de-ideenwettbewerb-quantentechnologien-frist-2022": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"
    ),
    "ub-de-zim-start-pressemitteilung-2008": ("kind 'call' for 'news'"),
    "ub-en-future-clusters-winners-2021": (
        "kind 'call' for 'news'; deadline None for '2019-10-15' (scored, not read)"
    ),
    "ub-en-workshop-regional-innovation-ecosystems-extended-2025": (
        "event_start None for '2025-06-16' (scored, not read)"
    ),
    "uc-it-piemonte-fondo-innovazione-pmi-2008": (
        "deadline '2008-03-03' for '2008-12-31' (scored, not read)"
    ),
    "uc-es-unizar-preinscripcion-masteres-2023": ("kind 'call' for 'course' (scored, not read)"),
    "ud-en-interreg-external-experts-utc-plus-2-2025": ("event_start '2025-06-06' for None"),
    "ud-en-icsec-abstracts-anywhere-on-earth-2027": (
        "event_start None for '2027-07-06'; event_end None for '2027-07-09'"
    ),
    "ud-en-dataeco-workshop-extension-aoe-2026": (
        "event_start None for '2026-09-03'; event_end None for '2026-09-04' (scored, not read)"
    ),
    "ud-de-wasserstoff-skizzen-mez-2025": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "ud-it-call-scaleup-agrifood-ore-24-2024": ("event_start '2024-11-28' for None"),
    "ud-it-master-lugano-ora-svizzera-2026": (
        "deadline '2026-02-28' for '2026-04-30'; deadline_tz None for 'Europe/Zurich'; "
        "event_start '2026-04-30' for '2026-09-14'"
    ),
    "ue-en-soil-data-workshop-report-2019": (
        "event_start '2018-03-12' for '2019-04-02'; event_end '2018-03-13' for '2019-04-03'"
    ),
    "ue-en-icmd-deadline-extension-2016": (
        "event_start None for '2016-07-06'; event_end None for '2016-07-08'"
    ),
    "ue-de-kooperationsboerse-hannover-2026": (
        "event_start '2026-04-20' for '2026-04-21'; "
        "event_end '2026-04-24' for '2026-04-22' (scored, not read)"
    ),
    "ue-de-infotag-innovative-kmu-online-2020": (
        "kind 'news' for 'event'; event_start '2019-05-21' for '2020-05-18'"
    ),
    "ue-de-cfp-tagung-mesz-kassel-2028": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "ue-fr-prolongation-jnmp-nancy-2018": (
        "event_start None for '2018-06-04'; event_end None for '2018-06-06'"
    ),
    "ue-it-bilancio-fiera-torino-2017": (
        "deadline '2017-11-16' for None; event_start None for '2017-11-14'; event_end None for "
        "'2017-11-16'"
    ),
    "ue-it-hackathon-energia-cagliari-2028": ("deadline_tz 'Europe/Rome' for None"),
    "uf-en-deadline-moved-agritech-2019": (
        "deadline '2019-02-21' for '2019-03-14'; deadline_tz None for 'Europe/London'"
    ),
    "uf-en-dt4m-workshop-extended-2021": (
        "event_start None for '2021-09-20'; event_end None for '2021-09-21' (scored, not read)"
    ),
    "uf-en-mooc-data-literacy-2022": ("event_end '2022-12-31' for '2022-11-28'"),
    "uf-de-mentorinnen-gesucht-2017": ("kind 'event' for 'call' (scored, not read)"),
    "ug-en-feed-infoday-tomorrow": ("deadline None for '2024-03-07'"),
    "ug-en-feed-hackathon-two-weeks": (
        "deadline '2027-04-09' for '2027-04-16'; event_end None for '2027-04-24' (scored, not read)"
    ),
    "ug-en-feed-seed-grants-us": ("deadline '2027-05-04' for '2027-04-05' (scored, not read)"),
    "ug-en-long-erc-internal": (
        "deadline '2026-10-27' for '2026-09-11'; "
        "deadline_tz 'Europe/Brussels' for 'Europe/London' (scored, not read)"
    ),
    "ug-en-long-foundation-two-stage": (
        "deadline '2025-01-15' for '2024-10-01' (scored, not read)"
    ),
    "ug-fr-feed-webinaire-jeudi-prochain": (
        "deadline '2023-06-07' for '2023-06-14'; "
        "event_start '2023-06-08' for '2023-06-15' (scored, not read)"
    ),
    "ug-it-long-bando-finestre-ricerca": ("deadline '2026-06-01' for '2026-07-31'"),
    "ug-it-long-news-innovation-day-2016": (
        "deadline '2016-11-25' for None; event_start None for '2016-11-24'; event_end None "
        "for '2016-11-25' (scored, not read)"
    ),
    "uh-en-au-brisbane-accelerator-2020": (
        "kind 'course' for 'call'; event_start '2019-12-10' for None"
    ),
    "uh-en-ke-county-climate-fund-2025": (
        "kind 'course' for 'call'; deadline '2025-04-02' for '2025-04-22'; "
        "deadline_tz None for 'Africa/Nairobi'; event_start '2025-04-04' for None; "
        "event_end '2025-04-08' for None (scored, not read)"
    ),
    "uh-en-ca-bc-clean-tech-voucher-results-2016": (
        "deadline None for '2016-10-14'; instant None for '2016-10-14T23:00:00+00:00'; "
        "deadline_tz None for 'America/Vancouver'"
    ),
    "uh-es-mx-diplomado-ciudades-sostenibles-2025": ("event_end None for '2025-11-29'"),
    "uh-de-ch-ambizione-statistik-2025": (
        "deadline None for '2024-11-12'; instant None for '2024-11-12T16:00:00+00:00'; "
        "deadline_tz None for 'Europe/Zurich'"
    ),
    "ui-en-voucher-cutoffs-2026": (
        "instant '2026-04-15' for '2026-04-15T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "ui-en-b2b-smart-factory-expo-2024": (
        "event_start '2024-04-22' for '2024-04-23'; "
        "event_end '2024-04-26' for '2024-04-24' (scored, not read)"
    ),
    "ui-en-cluster-mgmt-training-autumn-2024": ("event_end '2024-10-08' for '2024-09-24'"),
    "ui-en-ecosystem-scoreboard-2016": ("kind 'event' for 'news' (scored, not read)"),
    "ui-en-extension-crip-abstracts-2025": (
        "event_start None for '2025-10-14'; event_end None for '2025-10-16'"
    ),
    "ui-en-extension-internationalisation-training-2020": (
        "event_start None for '2020-09-21'; event_end None for '2020-09-25'"
    ),
    "ui-de-fristverlaengerung-cluster-go-green-2023": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels' (scored, not read)"
    ),
    "uj-en-nih-r21-loi-optional-2025": (
        "deadline '2025-05-29' for '2025-06-05'; "
        "deadline_tz None for 'America/New_York' (scored, not read)"
    ),
    "uj-en-erc-stg-2026-support": (
        "deadline '2025-09-15' for '2025-10-14'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "uj-en-arc-discovery-dp27": ("deadline_tz 'Australia/Sydney' for None"),
    "uj-en-news-career-awards-2019": ("event_start '2019-07-15' for None"),
    "uj-en-grant-writing-bootcamp-2024": ("event_end None for '2024-02-27'"),
    "uj-en-vc-early-career-prize-2018": ("deadline_tz 'Europe/London' for 'UTC'"),
    "uj-en-research-costing-course-2019": (
        "event_end '2019-07-31' for '2019-06-12' (scored, not read)"
    ),
    "uj-en-research-council-finland-sept-2024": (
        "deadline '2024-09-11' for '2024-09-25'; "
        "deadline_tz None for 'Etc/GMT-3' (scored, not read)"
    ),
    "uj-de-bmbf-limitierte-einreichung-2023": (
        "deadline '2023-03-15' for '2023-01-13'; deadline_tz None for 'Europe/Berlin'"
    ),
    "uj-es-msca-pf-2023-carta-apoyo": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Madrid' (scored, not read)"
    ),
    "uk-de-sab-innoteam-verlaengert-2021": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "uk-de-nds-zertifikatskurs-drittmittel-2026": (
        "event_end '2026-05-22' for '2026-06-18' (scored, not read)"
    ),
    "uk-fr-grandest-innovup-leaders-2026": (
        "kind 'call' for 'course'; event_end '2026-09-18' for '2026-11-20' (scored, not read)"
    ),
    "uk-es-cdti-aeronautico-extracto-2024": (
        "kind 'news' for 'call'; deadline None for '2024-09-12'; "
        "deadline_tz None for 'Europe/Madrid'; event_start '2024-06-14' for None (scored, not read)"
    ),
    "uk-es-minciencias-taller-regiones-2021": (
        "kind 'call' for 'event'; event_start None for '2021-08-17' (scored, not read)"
    ),
    "ul-en-hcie-doctoral-consortium-2024": (
        "event_start None for '2024-06-10'; event_end None for '2024-06-13'"
    ),
    "ul-en-nebme-late-breaking-edt-2023": (
        "kind 'news' for 'call'; deadline '2023-03-03' for '2023-06-09'; "
        "deadline_tz None for 'America/New_York' (scored, not read)"
    ),
    "ul-en-canhci-toronto-et-2021": (
        "deadline_tz 'America/New_York' for 'America/Toronto'; event_start None for '2021-05-31'; "
        "event_end None for '2021-06-03' (scored, not read)"
    ),
    "ul-en-euroscivis-webinar-2026": (
        "kind 'call' for 'event'; deadline '2026-04-20' for None; deadline_tz 'AoE' for None; "
        "event_start '2026-09-01' for '2026-03-12'; "
        "event_end '2026-09-04' for None (scored, not read)"
    ),
    "ul-en-sdsf-edinburgh-gmt-2022": (
        "kind 'news' for 'event'; deadline '2022-07-01' for '2022-11-04'; "
        "deadline_tz None for 'UTC'"
    ),
    "ul-en-wise-best-paper-2020": (
        "event_start None for '2020-10-14'; event_end None for '2020-10-16'"
    ),
    "ul-en-edat-extended-aoe-2025": (
        "event_start None for '2025-06-23'; event_end None for '2025-06-26'"
    ),
    "ul-de-dresden-frist-verlaengert-2026": (
        "event_start None for '2026-06-09'; event_end None for '2026-06-11' (scored, not read)"
    ),
    "ul-fr-louvain-prolongation-bruxelles-2022": (
        "event_start None for '2022-06-28'; event_end None for '2022-06-30'"
    ),
    "ul-it-torino-call-workshop-manifestazione-2026": (
        "event_start '2026-01-16' for '2026-03-02'; event_end None for '2026-03-04'"
    ),
    "ul-it-napoli-proroga-2027": (
        "event_start None for '2027-10-06'; event_end None for '2027-10-08'"
    ),
    "um-en-phd-sustainable-energy-2026-entry": (
        "deadline_tz 'Europe/London' for 'UTC' (scored, not read)"
    ),
    "um-en-extension-public-data-bootcamp-2022": (
        "event_start None for '2022-03-07'; event_end None for '2022-05-27'"
    ),
    "um-en-ms-sustainability-rounds-fall-2028": (
        "deadline None for '2028-01-15'; deadline_tz None for 'America/Los_Angeles'"
    ),
    "um-de-mooc-ki-verwaltung-2024": ("event_end '2024-06-24' for '2024-06-17'"),
    "um-de-aufruf-ausrichtung-winterschule-2023": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels'; event_start '2022-02-07' for None; "
        "event_end '2022-02-11' for None"
    ),
    "um-de-verlaengerung-master-stadtentwicklung-2021": ("event_start None for '2021-10-01'"),
    "um-fr-prolongation-ecole-ete-neurosciences-2019": (
        "event_start None for '2019-07-01'; event_end None for '2019-07-05'"
    ),
    "um-it-proroga-perfezionamento-mediazione-2018": (
        "event_start None for '2018-10-05'; event_end None for '2019-05-31'"
    ),
    "um-es-master-energias-renovables-2026": ("deadline '2026-04-10' for '2026-05-29'"),
    "um-es-ampliacion-experto-turismo-sostenible-2021": (
        "event_start None for '2021-11-08'; event_end None for '2021-12-17' (scored, not read)"
    ),
    "un-de-bund-qt-kmu-mesz-2020": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels' (scored, not read)"
    ),
    "un-de-tagung-medien-cfp-mez-2026": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "un-de-stipendien-portal-mez-2027": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels' (scored, not read)"
    ),
    "un-de-infotag-cluster5-berlin-2023": ("deadline_tz 'Europe/Brussels' for 'Europe/Berlin'"),
    "uo-en-interreg-third-call-noon-cet-2018": (
        "event_start '2018-02-06' for None (scored, not read)"
    ),
    "uo-en-accelerator-open-cutoffs-2027": (
        "instant '2027-06-02' for '2027-06-02T15:00:00+00:00'; deadline_tz None for "
        "'Europe/Brussels' (scored, not read)"
    ),
    "up-en-cluster-academy-autumn": (
        "event_start None for '2023-10-12'; event_end None for '2023-12-14' (scored, not read)"
    ),
    "up-de-ideenwettbewerb-donnerstag": (
        "deadline '2017-09-30' for '2017-05-11'; deadline_tz None for 'Europe/Berlin'"
    ),
    "up-de-neujahrsempfang-montag": (
        "deadline None for '2026-01-30'; event_start None for '2026-02-02' (scored, not read)"
    ),
    "up-de-innovationsmanager-lehrgang": ("event_start '2024-07-24' for '2024-10-17'"),
    "up-fr-accelerateur-derniere-ligne-droite": (
        "deadline None for '2019-03-29'; deadline_tz None for 'Europe/Paris' (scored, not read)"
    ),
    "up-it-bando-voucher-venerdi": (
        "deadline None for '2016-10-07'; deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "up-it-ieri-assemblea-torino": (
        "kind 'event' for 'news'; deadline '2018-05-15' for None; "
        "event_start '2018-06-12' for '2018-04-26'"
    ),
    "up-it-hackathon-smart-port-vincitori": (
        "event_start '2025-03-09' for '2025-03-07'; event_end None for '2025-03-09'"
    ),
    "up-es-jornada-proximo-martes-zamudio": (
        "deadline None for '2017-02-17'; deadline_tz None for 'Europe/Madrid'"
    ),
    "up-es-manana-cierra-cheques-innovacion": (
        "deadline '2018-06-27' for '2018-06-28' (scored, not read)"
    ),
    "up-es-feria-semana-que-viene-barcelona": (
        "event_start None for '2027-10-26'; event_end None for '2027-10-28'"
    ),
    "up-es-amplia-plazo-premios-emprende-verde": (
        "deadline '2023-05-12' for '2023-05-19'; deadline_tz None for 'Europe/Madrid'"
    ),
    "uq-en-vouchers-ext-brussels-2027": ("kind 'call' for 'extension' (scored, not read)"),
    "uq-en-fellowship-second-ext-2019": (
        "deadline '2019-02-04' for '2019-02-18'; deadline_tz None for 'Europe/London'"
    ),
    "uq-en-news-record-proposals-2023": (
        "event_start '2023-09-05' for None; event_end '2023-09-07' for None"
    ),
    "uq-en-corrigendum-closing-time-2018": (
        "instant '2018-02-28T11:00:00+00:00' for '2018-02-28T22:59:00+00:00'"
    ),
    "uq-de-skizzen-verlaengert-2026": (
        "deadline '2026-03-31' for '2026-04-30'; deadline_tz None for 'Europe/Berlin'"
    ),
    "uq-de-at-wiener-zeit-2021": ("deadline '2021-11-25' for '2021-12-09'"),
    "uq-de-netzwerktag-verschoben-2022": (
        "deadline None for '2022-09-15'; event_start '2022-05-12' for '2022-09-22'"
    ),
    "uq-de-smarte-quartiere-stufe2-2020": (
        "deadline '2020-07-20' for '2020-09-30'; deadline_tz None for 'Europe/Berlin'"
    ),
    "uq-it-startup-ulteriore-proroga-2024": (
        "deadline '2024-12-06' for '2024-12-20'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "uq-it-news-efficienza-domande-2023": (
        "kind 'call' for 'news'; deadline '2023-09-30' for '2023-06-30'; "
        "deadline_tz None for 'Europe/Rome'"
    ),
    "uq-es-colaboracion-amplia-plazo-2025": ("kind 'call' for 'extension' (scored, not read)"),
    "uq-es-colombia-adenda-nuevo-plazo-2024": ("kind 'call' for 'extension' (scored, not read)"),
    "uq-es-jornada-hidrogeno-aplazada-2021": (
        "deadline None for '2021-06-07'; "
        "event_start '2021-05-20' for '2021-06-09' (scored, not read)"
    ),
    "ur-en-hydrogen-valleys-webinar-2021": ("deadline '2021-03-03' for None"),
    "ur-en-circular-materials-summer-school-2026": (
        "event_end '2026-07-10' for '2026-08-28' (scored, not read)"
    ),
    "ur-en-lean-leaders-programme-2019": ("event_end '2019-11-12' for '2019-11-20'"),
    "ur-de-smart-city-hackathon-kiel-2022": (
        "deadline None for '2022-11-06'; event_start '2021-09-24' for '2022-11-11'; "
        "event_end '2021-09-26' for '2022-11-13' (scored, not read)"
    ),
    "ur-de-zertifikatskurs-innovationsmanagement-2023": (
        "event_start '2022-01-24' for '2023-01-23'"
    ),
    "ur-de-onlinekurs-foerdermittel-2021": ("event_start '2021-01-12' for '2021-02-02'"),
    "ur-de-cfp-jahrestagung-regionalentwicklung-2018": (
        "deadline '2018-03-09' for '2018-01-15'; event_start '2018-03-21' for '2018-03-22'; "
        "event_end None for '2018-03-23'"
    ),
    "ur-fr-colloque-ia-sante-montreal-2028": ("event_start '2028-05-08' for '2028-05-10'"),
    "ur-fr-ecole-ete-materiaux-energie-grenoble-2026": ("event_end '2026-06-19' for '2026-09-04'"),
    "ur-fr-formation-cybersecurite-pme-rennes-2021": (
        "event_end '2021-10-07' for '2021-11-09' (scored, not read)"
    ),
    "ur-fr-appel-communications-tourisme-rural-limoges-2019": (
        "event_start None for '2019-06-18'; event_end None for '2019-06-19'"
    ),
    "us-en-interreg-northbaltic-call3-step1": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Berlin' (scored, not read)"
    ),
    "us-en-life-sip-nature-concept-notes-2024": ("kind 'news' for 'call'"),
    "us-en-sustainable-food-b2b-matchmaking-2026": ("kind 'call' for 'event' (scored, not read)"),
    "us-en-news-interreg-northbaltic-call2-step1-closed": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Berlin'"
    ),
    "us-fr-formation-montage-projet-interreg-lyon-2023": (
        "deadline_tz 'Europe/Zurich' for 'Europe/Paris'; event_start '2023-06-07' for '2023-06-06'"
    ),
    "us-es-ampliacion-plazo-interreg-pirineos-2016": (
        "deadline None for '2016-10-28'; deadline_tz None for 'Europe/Madrid' (scored, not read)"
    ),
    "ut-it-giunta-programma-triennale-ricerca-2018": ("deadline '2017-12-31' for None"),
    "ut-es-parque-cientifico-incubacion-cortes-2026": (
        "deadline None for '2026-06-30'; deadline_tz None for 'Europe/Madrid'; "
        "event_start '2026-11-19' for None (scored, not read)"
    ),
    "ut-es-evaluadores-agencia-regional-2019": ("event_start '2020-02-20' for None"),
    "ut-es-ampliacion-plazo-idi-empresarial-2018": (
        "deadline '2018-10-26' for '2018-11-07' (scored, not read)"
    ),
    "uu-fr-mooc-valoriser-sa-recherche-session3-2025": (
        "event_end '2025-11-30' for '2025-11-09' (scored, not read)"
    ),
    "uu-de-innovationsassistenz-stichtage-2020": (
        "deadline '2020-08-31' for '2020-10-15' (scored, not read)"
    ),
    "uu-de-kooperative-promotionskollegs-2018": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Brussels' (scored, not read)"
    ),
    "uu-ch-de-innovationsprojekte-2024-eingaben": (
        "deadline None for '2024-09-30'; instant None for '2024-09-30T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Zurich'"
    ),
    "uv-us-polymer-summit-akron-2026": ("event_start '2026-03-18' for '2026-03-17'"),
    "uv-ca-hydrogen-b2b-mississauga-2027": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "uv-cz-engineering-cluster-gold-label-2022": (
        "event_start '2022-09-01' for None; event_end '2024-08-31' for None"
    ),
    "uv-uk-call-mentors-scotland-2026": ("event_start '2026-11-12' for None"),
    "uv-sg-science-park-open-house-2028": (
        "event_start '2028-08-12' for '2028-08-18'; event_end '2028-08-20' for None"
    ),
    "uv-ca-bc-collaborative-innovation-fund-2026": (
        "deadline_tz 'America/Los_Angeles' for 'America/Vancouver' (scored, not read)"
    ),
    "uw-en-msc-admissions-2027-28": (
        "deadline None for '2026-11-30'; deadline_tz None for 'Europe/London'"
    ),
    "uw-fr-quebec-concours-prolongation": (
        "deadline '2026-02-10' for '2026-02-03'; deadline_tz None for 'America/Toronto'"
    ),
    "uw-it-scienza-inverno-2025-26": ("kind 'course' for 'event'"),
    "uw-it-winter-camp-concluso": (
        "event_start None for '2026-12-27'; event_end None for '2026-12-30'"
    ),
    "ux-en-smart-estate-gmt8": ("deadline_tz 'Etc/GMT-8' for 'Asia/Singapore'"),
    "ux-en-science-engagement-awards-sast": (
        "event_start '2027-08-19' for None (scored, not read)"
    ),
    "ux-en-tfl-workshop-aoe": ("event_start None for '2027-09-20' (scored, not read)"),
    "ux-en-southern-sky-cutoffs-utc": ("event_start '2027-06-10' for None"),
    "ux-de-indien-bewilligungen-news": (
        "deadline None for '2026-10-30'; instant None for '2026-10-30T12:00:00+00:00'; "
        "deadline_tz None for 'Asia/Kolkata' (scored, not read)"
    ),
    "ux-fr-quebec-sante-heure-est": ("deadline_tz 'America/Toronto' for 'America/New_York'"),
    "ux-it-usa-batterie-et-ora-italiana": ("event_start '2027-02-22' for None"),
    "uy-en-nl-living-deltas-cfa": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "uy-en-nl-circular-pilots-gelderland": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "uy-en-nl-seed-grants-extended": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam' (scored, not read)"
    ),
    "uy-en-nl-food-systems-mooc": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "uy-en-nl-regional-innovation-day": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam' (scored, not read)"
    ),
    "uy-de-at-digital-pioneers": ("event_start '2028-01-29' for None (scored, not read)"),
    "uy-fr-be-appel-win4future": (
        "deadline '2026-07-09' for '2026-09-30'; instant '2026-07-09T12:00:00+00:00' for "
        "'2026-09-30T21:59:00+00:00'"
    ),
    "uz-en-ehtc-fullpaper-reminder": (
        "kind 'news' for 'call'; deadline '2028-03-03' for '2028-03-10'; instant '2028-03-03' "
        "for '2028-03-11T11:59:00+00:00'; deadline_tz None for 'AoE' (scored, not read)"
    ),
    "uz-en-mamf-rfp-2029": (
        "deadline '2029-02-02' for '2029-03-16'; instant '2029-02-02T22:00:00+00:00' for "
        "'2029-03-16T21:00:00+00:00' (scored, not read)"
    ),
    "uz-de-clustertag-mobilitaet": ("event_start '2027-10-01' for '2027-09-16' (scored, not read)"),
    "uz-es-cheques-innovacion-resolucion": (
        "deadline '2026-09-15' for '2026-11-17'; instant '2026-09-15' for "
        "'2026-11-17T22:59:00+00:00'; deadline_tz None for 'Europe/Madrid' (scored, not read)"
    ),
    "uz-it-voucher-digitalizzazione-finestre": (
        "deadline '2028-04-03' for '2028-04-28'; instant '2028-04-03T08:00:00+00:00' for "
        "'2028-04-28T15:00:00+00:00' (scored, not read)"
    ),
    "va-de-clustertag-neuer-termin": ("kind 'call' for 'event' (scored, not read)"),
    "va-es-agrotech-segunda-convocatoria": ("event_start '2028-03-20' for None"),
    "vb-en-hackathon-two-weeks": ("kind 'event' for 'call'; deadline None for '2026-06-24'"),
    "vb-es-jornada-enero-zaragoza": ("deadline None for '2028-01-19'"),
    "vc-en-reprosci28-utc": ("event_start None for '2028-05-16' (scored, not read)"),
    "vc-en-uma2028-two-stage": (
        "kind 'extension' for 'call'; event_start None for '2028-07-04'; event_end None for "
        "'2028-07-05' (scored, not read)"
    ),
    "vc-en-hrc-lbr-rounds": (
        "kind 'news' for 'call'; deadline '2027-05-01' for '2027-06-12'; instant "
        "'2027-05-02T03:59:00+00:00' for '2027-06-13T03:59:00+00:00'; event_start None for "
        "'2027-09-20'; event_end None for '2027-09-23' (scored, not read)"
    ),
    "vc-de-nachhaltige-software-ws": (
        "event_start '2027-09-27' for '2027-09-28'; event_end '2027-09-30' for None"
    ),
    "vc-fr-frontieres-numeriques-minuit": ("deadline_tz 'Europe/Brussels' for 'Europe/Paris'"),
    "vc-it-ia-patrimonio-cet": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Rome'; event_start None for '2027-10-15' "
        "(scored, not read)"
    ),
    "vd-en-eu-eic-accelerator-2027": (
        "instant '2027-06-10' for '2027-06-10T15:00:00+00:00'; deadline_tz None for "
        "'Europe/Brussels' (scored, not read)"
    ),
    "vd-en-uk-touring-fund-round2": ("deadline '2027-01-14' for '2027-01-28'"),
    "vd-de-nrw-digital-invest-2027": ("deadline None for '2027-10-31'"),
    "vd-de-at-produktion-zukunft-38": ("event_start '2027-03-09' for None"),
    "vd-de-ch-swiss-accelerator-ergebnisse": (
        "deadline None for '2026-10-01'; instant None for '2026-10-01T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Zurich'; event_start '2026-11-09' for None; event_end "
        "'2026-11-13' for None (scored, not read)"
    ),
    "vd-es-ampliacion-doctorados-industriales": (
        "deadline '2027-06-16' for '2027-06-30'; instant '2027-06-16T12:00:00+00:00' for "
        "'2027-06-30T12:00:00+00:00' (scored, not read)"
    ),
    "vd-it-fis4-bando-cet": (
        "instant '2027-10-27' for '2027-10-27T13:00:00+00:00'; deadline_tz None for "
        "'Europe/Rome' (scored, not read)"
    ),
    "ve-en-mooc-climate-data": (
        "deadline '2027-06-30' for None; event_end None for '2027-06-30' (scored, not read)"
    ),
    "ve-en-phd-studentships-rounds": (
        "kind 'news' for 'course'; deadline '2026-12-01' for '2027-02-02'; instant "
        "'2026-12-01T12:00:00+00:00' for '2027-02-02T12:00:00+00:00'"
    ),
    "ve-en-health-data-dtp-2029": ("event_start None for '2029-09-24' (scored, not read)"),
    "ve-fr-mooc-economie-circulaire": (
        "event_start None for '2027-03-15'; event_end None for '2027-05-30'"
    ),
    "ve-it-scuola-estiva-storia-economica": ("deadline_tz 'Europe/Brussels' for 'Europe/Rome'"),
    "vf-en-vc-innovation-prize": ("event_end '2026-11-23' for None"),
    "vf-en-coastal-innovation-fund": ("kind 'event' for 'news'; event_start '2027-11-04' for None"),
    "vf-en-net-zero-heat-bids": (
        "kind 'call' for 'news'; deadline None for '2028-03-09' (scored, not read)"
    ),
    "vf-fr-cci-matinale-export": (
        "kind 'call' for 'event'; instant '2027-11-12' for '2027-11-12T17:00:00+00:00'; "
        "deadline_tz None for 'Europe/Paris'; event_start None for '2027-11-18' (scored, not "
        "read)"
    ),
    "vf-fr-quebec-concours-bilan": (
        "deadline None for '2027-04-15'; instant None for '2027-04-15T20:00:00+00:00'; "
        "deadline_tz None for 'America/Toronto'"
    ),
    "vf-fr-trophees-innovation-laureats": ("event_start None for '2028-01-25'"),
    "vf-it-premio-innovazione-vincitori": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Rome'; event_start None for '2027-12-13'"
    ),
    "vg-en-hannover-matchmaking": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Berlin' (scored, not read)"
    ),
    "vg-en-climatetech-pitch": ("event_start None for '2028-03-02'"),
    "vg-en-hydrogen-roadshow-postponed": (
        "kind 'extension' for 'event'; event_start None for '2027-03-09'; event_end None for "
        "'2027-03-10'"
    ),
    "vg-en-smart-manufacturing-matching": (
        "deadline None for '2028-09-15'; instant None for '2028-09-15T15:59:00+00:00'; "
        "deadline_tz None for 'Asia/Singapore' (scored, not read)"
    ),
    "vg-en-robotics-demo-day": (
        "deadline '2028-09-10' for '2028-09-24'; instant '2028-09-10' for "
        "'2028-09-25T06:59:00+00:00'; deadline_tz None for 'America/Los_Angeles'"
    ),
    "vg-en-eu-japan-offshore-matchmaking": (
        "deadline '2027-10-19' for '2027-10-15'; instant '2027-10-19' for "
        "'2027-10-15T08:00:00+00:00'; deadline_tz None for 'Asia/Tokyo' (scored, not read)"
    ),
    "vg-de-hackathon-digitale-verwaltung": ("event_end None for '2028-02-12'"),
    "vg-de-roadshow-handwerk-verschoben": (
        "event_start '2026-06-24' for '2026-06-23'; event_end None for '2026-06-24' (scored, "
        "not read)"
    ),
    "vg-fr-agriinnov-bilan": (
        "kind 'event' for 'news'; event_start '2029-06-12' for '2028-06-13'; event_end "
        "'2029-06-14' for '2028-06-15'"
    ),
    "vg-fr-concours-pitch-sante": ("event_start None for '2027-06-03' (scored, not read)"),
    "vh-en-msc-energy-admissions": ("deadline None for '2027-01-15'"),
    "vh-it-conferenza-distretti-tecnologici-cfp": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Rome'"
    ),
    "vi-en-rolling-twin-vouchers": (
        "deadline '2027-02-04' for None; deadline_tz 'Europe/Brussels' for None"
    ),
    "vi-en-nofo-agrifood-hubs": ("event_start '2028-09-30' for None (scored, not read)"),
    "vi-en-special-issue-through-june": ("deadline None for '2028-06-30'"),
    "vi-de-innovationsgutschein-laufend": (
        "kind 'news' for 'call'; event_start '2027-02-12' for None"
    ),
    "vi-fr-du-mediation-fin-juin": ("event_end None for '2028-06-22'"),
    "vi-es-bocm-30-naturales": ("deadline None for '2027-07-09' (scored, not read)"),
    "vi-es-cheques-agotamiento": (
        "deadline '2027-02-01' for None; deadline_tz 'Europe/Madrid' for None (scored, not read)"
    ),
    "vi-it-gu-60-giorni-distretti": (
        "instant '2027-06-29' for '2027-06-29T10:00:00+00:00'; deadline_tz None for "
        "'Europe/Rome' (scored, not read)"
    ),
    "vi-it-bando-sportello-risorse": (
        "deadline '2028-03-01' for None; deadline_tz 'Europe/Rome' for None (scored, not read)"
    ),
    "vi-it-burl-30-giorni-senza-data": ("kind 'news' for 'call'"),
    "vj-en-cleantech-roadshow-report": (
        "deadline '2026-11-19' for None; event_start None for '2026-11-03'; event_end None for "
        "'2026-11-19' (scored, not read)"
    ),
    "vj-en-quantum-industry-days": ("event_end None for '2028-06-22'"),
    "vj-en-funding-clinics-fall-2027": ("event_end '2027-11-11' for '2027-12-02'"),
    "vj-en-circular-plastics-winter-webinars": ("event_end None for '2028-03-09'"),
    "vj-de-gemeinschaftsstand-hannover-2028": ("kind 'event' for 'call' (scored, not read)"),
    "vj-de-webinarreihe-energieeffizienz": (
        "instant '2026-10-04' for '2026-10-04T08:00:00+00:00'; deadline_tz None for 'Europe/Berlin'"
    ),
    "vj-de-forum-kreislaufwirtschaft-wien": ("event_end None for '2028-09-14' (scored, not read)"),
    "vj-fr-tournee-industrie-du-futur": (
        "deadline '2027-10-13' for '2027-10-04'; instant '2027-10-13T10:00:00+00:00' for "
        "'2027-10-04T10:00:00+00:00'; event_start '2027-10-14' for '2027-10-05'; event_end None "
        "for '2027-10-14' (scored, not read)"
    ),
    "vj-fr-annulation-salon-energies-marines": (
        "event_start '2028-07-03' for '2028-11-14'; event_end None for '2028-11-16'"
    ),
    "vj-es-gira-industria-conectada": (
        "deadline '2026-09-21' for '2026-10-19'; instant '2026-09-21T12:00:00+00:00' for "
        "'2026-10-19T12:00:00+00:00'; event_start '2026-09-22' for '2026-10-20'; event_end "
        "None for '2026-10-29'"
    ),
    "vj-it-roadshow-industria-circolare": (
        "kind 'news' for 'event'; deadline None for '2026-05-13'; instant None for "
        "'2026-05-13T11:00:00+00:00'; deadline_tz None for 'Europe/Rome'; event_end None for "
        "'2026-05-26' (scored, not read)"
    ),
    "vj-it-webinar-horizon-pmi": ("event_end '2027-02-04' for '2027-03-04'"),
    "vj-it-collettiva-gulfood-2028": ("kind 'event' for 'call' (scored, not read)"),
    "vj-it-hackathon-porti-intelligenti": (
        "event_start None for '2028-05-19'; event_end None for '2028-05-21'"
    ),
    "vk-de-bw-aenderung-einreichungsfrist": (
        "deadline '2028-02-28' for '2028-03-20'; instant '2028-02-28T11:00:00+00:00' for "
        "'2028-03-20T11:00:00+00:00'"
    ),
    "vk-de-waermeplanung-auswahl": (
        "deadline None for '2027-06-30'; instant None for '2027-06-30T13:00:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin' (scored, not read)"
    ),
    "vk-de-gemeinschaftsstand-messe-hannover": ("kind 'event' for 'call' (scored, not read)"),
    "vk-fr-avis-modificatif-residences": ("kind 'call' for 'extension' (scored, not read)"),
    "vk-it-assegni-ricerca-trentesimo-giorno": (
        "deadline '2028-05-05' for '2028-04-14'; instant '2028-05-05T08:00:00+00:00' for "
        "'2028-04-14T11:00:00+00:00'"
    ),
    "vk-es-canarias-personal-investigador": (
        "deadline None for '2027-10-18'; instant None for '2027-10-18T13:00:00+00:00'; "
        "deadline_tz None for 'Atlantic/Canary' (scored, not read)"
    ),
    "vk-es-aei-personal-tecnico-apoyo": (
        "kind 'news' for 'call'; event_start '2027-12-18' for None"
    ),
    "vk-es-encuentro-compradores-valencia": ("event_start None for '2027-05-14'"),
    "vk-es-navarra-fechas-corte": (
        "instant '2028-06-30' for '2028-06-30T13:00:00+00:00'; deadline_tz None for "
        "'Europe/Madrid' (scored, not read)"
    ),
    "vk-en-nofo-amendment-0001-regional-innovation": ("kind 'call' for 'extension'"),
    "vk-en-au-regional-manufacturing-extension": (
        "deadline '2027-06-03' for '2027-06-17'; instant '2027-06-03T07:00:00+00:00' for "
        "'2027-06-17T07:00:00+00:00'"
    ),
    "vl-en-research-fellow": ("event_start '2028-06-01' for None"),
    "vl-en-consultation-cluster-policy": ("event_start '2028-04-18' for None"),
    "vl-en-survey-2026": (
        "kind 'event' for 'call'; event_start '2027-02-10' for None (scored, not read)"
    ),
    "vl-es-programa-ejecutivo": (
        "kind 'call' for 'course'; event_start None for '2028-04-06'; event_end None for "
        "'2028-06-22'"
    ),
    "vl-es-encuesta-digitalizacion": ("kind 'course' for 'call' (scored, not read)"),
    "vl-it-ospitare-forum-2028": ("kind 'event' for 'call' (scored, not read)"),
    "vm-en-rdi-frontiers-pathway-ext": (
        "deadline '2027-03-05' for '2027-03-19'; instant '2027-03-05T13:00:00+00:00' for "
        "'2027-03-19T13:00:00+00:00' (scored, not read)"
    ),
    "vm-en-marbury-health-equity-loi": (
        "deadline '2028-05-05' for '2028-02-04'; instant '2028-05-05' for "
        "'2028-02-05T04:59:00+00:00'; deadline_tz None for 'America/New_York'"
    ),
    "vm-en-nirhr-r21-cycle-dates": ("event_start '2027-10-06' for None"),
    "vm-en-prtn-grantwriting-bootcamp": ("event_end None for '2027-10-21' (scored, not read)"),
    "vm-en-nesrc-sandpit-net-zero-estates": (
        "event_start None for '2027-11-15'; event_end None for '2027-11-19'"
    ),
    "vm-en-crrp-full-proposal-extension": (
        "deadline '2028-02-28' for '2028-03-14'; instant '2028-02-28T22:00:00+00:00' for "
        "'2028-03-14T21:00:00+00:00'"
    ),
    "vm-en-efdtp-phd-studentships-2028": (
        "kind 'call' for 'course'; event_start None for '2028-10-02'"
    ),
    "vm-en-nz-emerging-research-leaders-2028": (
        "kind 'call' for 'course'; event_start None for '2028-09-11'; event_end None for "
        "'2028-09-15'"
    ),
    "vn-it-summer-school-robotica": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Rome' (scored, not read)"
    ),
    "vn-it-infoday-cluster5": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Rome' (scored, not read)"
    ),
    "vn-it-corso-export-manager": ("event_end '2027-04-27' for '2027-05-04' (scored, not read)"),
    "vn-it-agritech-hackathon": (
        "event_start None for '2027-10-01'; event_end None for '2027-10-03' (scored, not read)"
    ),
    "vn-es-ayudas-aei-2027": (
        "deadline '2027-03-24' for '2027-04-14'; instant '2027-03-24T09:00:00+00:00' for "
        "'2027-04-14T13:00:00+00:00'"
    ),
    "vn-es-cheque-digitalizacion-comercio": (
        "deadline '2027-02-01' for '2027-12-31' (scored, not read)"
    ),
    "vn-es-mx-innovacion-tecnologica-etapas": (
        "deadline '2027-06-10' for '2027-04-22'; instant '2027-06-11T00:00:00+00:00' for "
        "'2027-04-23T00:00:00+00:00'"
    ),
    "vn-es-mx-diplomado-manufactura-aditiva": (
        "event_end None for '2027-11-27' (scored, not read)"
    ),
    "vo-de-at-green-tech-stichtage": (
        "deadline '2027-10-21' for '2027-06-17'; instant '2027-10-21T10:00:00+00:00' for "
        "'2027-06-17T10:00:00+00:00'"
    ),
    "vo-de-hackathon-smart-region": ("event_end None for '2027-10-24'"),
    "vo-de-news-kickoff-circuplast": (
        "deadline '2030-04-30' for None; event_start None for '2027-05-12'; event_end None for "
        "'2027-05-13' (scored, not read)"
    ),
    "vo-fr-pole-ami-hydrogene-portuaire": ("event_start '2027-06-29' for None"),
    "vo-fr-qc-bourses-postdoctorales-2028": (
        "deadline_tz 'America/Toronto' for 'America/New_York'"
    ),
    "vo-fr-deeptech-regions-releves": (
        "deadline None for '2027-05-11'; instant None for '2027-05-11T10:00:00+00:00'; "
        "deadline_tz None for 'Europe/Paris'"
    ),
    "vo-fr-qc-prolongation-programme-innovation": (
        "deadline_tz 'America/Toronto' for 'America/New_York'"
    ),
    "vp-en-port-logistics-hackathon": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "vp-en-battery-innovation-days-early-bird": (
        "deadline '2027-05-31' for '2027-09-15' (scored, not read)"
    ),
    "vp-it-master-data-science-pa": ("event_end None for '2027-10-30' (scored, not read)"),
    "vp-it-proroga-convegno-sismica": ("deadline_tz 'Europe/Brussels' for 'Europe/Rome'"),
    "vp-it-festa-innovazione-trento": (
        "event_start None for '2026-09-25'; event_end None for '2026-09-27'"
    ),
    "vp-it-call-abstract-matav-2028": ("deadline_tz 'Europe/Brussels' for 'Europe/Rome'"),
    "vq-en-ai-vouchers-2027": ("event_start '2027-03-24' for None (scored, not read)"),
    "vq-en-photonics-cluster-day": ("event_start '2028-10-12' for '2027-10-08'"),
    "vq-en-msc-cluster-management": ("deadline '2028-01-02' for '2028-02-29'"),
    "vq-en-digital-twin-cutoffs": (
        "deadline '2027-03-31' for '2027-05-12'; instant '2027-03-31' for "
        "'2027-05-12T15:00:00+00:00'; deadline_tz None for 'Europe/Brussels'"
    ),
    "vq-en-cluster-leadership-programme": (
        "deadline '2028-01-03' for '2028-01-20'; instant '2028-01-03' for "
        "'2028-01-20T12:00:00+00:00'; deadline_tz None for 'Europe/London' (scored, not read)"
    ),
    "vq-en-deeptech-incubation-closed": (
        "instant '2028-06-30' for '2028-06-30T11:30:00+00:00'; deadline_tz None for 'Asia/Kolkata'"
    ),
    "vq-en-illinois-cluster-grants": (
        "deadline '2029-01-15' for '2029-03-02'; instant '2029-01-15' for "
        "'2029-03-02T22:00:00+00:00'; deadline_tz None for 'America/Chicago' (scored, not read)"
    ),
    "vq-de-clustertreffen-medizintechnik": (
        "event_start '2029-04-26' for '2028-04-27' (scored, not read)"
    ),
    "vq-fr-rencontres-poles": ("deadline None for '2027-06-02'"),
    "vq-es-convocatoria-aei-2027": (
        "deadline '2027-03-08' for '2027-04-20'; instant '2027-03-08' for "
        "'2027-04-20T12:00:00+00:00'; deadline_tz None for 'Europe/Madrid'"
    ),
    "vq-es-jornada-economia-azul": ("kind 'news' for 'event'"),
    "vq-es-master-gestion-clusteres": ("deadline '2028-04-10' for '2028-06-30'"),
    "vq-es-feria-agrotech-murcia": ("kind 'event' for 'news'"),
    "vr-en-rolling-cutoffs-est-new-york-time": (
        "deadline None for '2027-10-01'; instant None for '2027-10-01T21:00:00+00:00'; "
        "deadline_tz None for 'America/New_York' (scored, not read)"
    ),
    "vr-fr-quebec-16h-heure-de-l-est": ("deadline_tz 'America/Toronto' for 'America/New_York'"),
    "vr-fr-canada-prolongation-hne": ("deadline_tz 'America/Toronto' for 'America/New_York'"),
    "vr-en-extension-conference-papers-aoe": (
        "event_start None for '2027-09-06'; event_end None for '2027-09-09'"
    ),
    "vr-en-news-south-africa-open-access-policy": (
        "kind 'call' for 'news'; deadline '2027-01-01' for None"
    ),
    "vs-at-cfp-verlaengert-graz-mesz": (
        "deadline_tz 'Europe/Vienna' for 'Europe/Brussels'; event_start None for '2027-09-22'; "
        "event_end None for '2027-09-24'"
    ),
    "vs-at-infotag-cluster4-wien": (
        "event_start '2028-03-04' for '2028-03-21'; event_end '2028-03-21' for None (scored, not "
        "read)"
    ),
    "vs-de-sommerschule-quanten-mesz": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "vs-de-cfa-clusterkongress-leipzig-mez": ("deadline_tz 'Europe/Berlin' for 'Europe/Brussels'"),
    "vs-de-gemeinschaftsstand-hannover-messe": ("kind 'event' for 'call'"),
    "vs-be-cfp-prolonge-heure-bruxelles": (
        "event_start None for '2028-09-13'; event_end None for '2028-09-15'"
    ),
    "vs-qc-news-concours-pris-fin": (
        "deadline None for '2027-11-01'; event_start '2028-01-20' for None (scored, not read)"
    ),
    "vt-it-news-rapporto-annuale-cluster": ("kind 'call' for 'news'"),
    "vt-it-call-startup-investor-day-alle-17": (
        "instant '2026-10-28' for '2026-10-28T16:00:00+00:00'; deadline_tz None for "
        "'Europe/Rome' (scored, not read)"
    ),
    "vt-it-proroga-abstract-convegno-cagliari-aoe": (
        "event_start None for '2027-09-08'; event_end None for '2027-09-10' (scored, not read)"
    ),
    "vt-es-news-cluster-automocion-alianza": (
        "kind 'call' for 'news'; deadline '2030-06-30' for None; event_start '2028-01-01' for "
        "None (scored, not read)"
    ),
    "vu-en-call-transatlantic-cet-est": (
        "deadline_tz 'America/New_York' for 'Europe/Brussels'; event_start '2027-12-02' for None"
    ),
    "vu-en-call-sentence-after-date": ("event_start '2027-09-28' for None"),
    "vu-en-call-uk-time": (
        "kind 'event' for 'call'; deadline None for '2026-11-05'; instant None for "
        "'2026-11-05T16:00:00+00:00'; deadline_tz None for 'Europe/London'; event_start "
        "'2026-09-14' for None (scored, not read)"
    ),
    "vu-en-call-cutoffs-brussels-time": (
        "deadline '2027-04-30' for '2027-06-15'; instant '2027-04-30T08:00:00+00:00' for "
        "'2027-06-15T15:00:00+00:00' (scored, not read)"
    ),
    "vu-en-ext-conference-cfp-aoe": (
        "event_start None for '2027-11-08'; event_end None for '2027-11-10'"
    ),
    "vv-en-digest-two-stage-partnerships": (
        "deadline '2028-02-10' for '2027-09-16'; instant '2028-02-10T16:00:00+00:00' for "
        "'2027-09-16T15:00:00+00:00'"
    ),
    "vv-en-hackathon-tallinn": (
        "event_start '2028-04-12' for '2028-03-03'; event_end None for '2028-03-04'"
    ),
    "vv-en-us-mooc-spring-run": (
        "event_start '2027-10-04' for '2027-04-12'; event_end None for '2027-05-21'"
    ),
    "vv-en-irish-cluster-manager-programme": (
        "kind 'call' for 'course'; event_start None for '2028-02-10'; event_end None for "
        "'2028-04-28' (scored, not read)"
    ),
    "vv-en-news-cluster-panorama-report": (
        "deadline '2027-01-03' for None; event_start '2027-06-30' for None"
    ),
    "vv-en-extension-cfp-ecip-porto": (
        "event_start None for '2028-05-10'; event_end None for '2028-05-12'"
    ),
    "vv-en-exchange-eoi-no-date": (
        "kind 'news' for 'call'; deadline None for '2027-06-04'; instant None for "
        "'2027-06-04T10:00:00+00:00'; deadline_tz None for 'Europe/Brussels'; event_start "
        "'2027-06-04' for None (scored, not read)"
    ),
    "vv-en-news-battery-alliance": (
        "kind 'call' for 'news'; deadline '2028-03-09' for None (scored, not read)"
    ),
    "vw-en-cluster-summit-brussels": (
        "event_start '2027-10-13' for '2027-10-14'; event_end None for '2027-10-16'"
    ),
    "vw-en-circular-plastics-conference-table": (
        "kind 'news' for 'event'; deadline '2027-01-15' for '2027-04-30'; instant '2027-01-15' "
        "for '2027-04-30T23:59:00+00:00'; deadline_tz None for 'UTC'; event_start None for "
        "'2027-05-19'; event_end None for '2027-05-21'"
    ),
    "vw-en-newsletter-blue-economy-forum": (
        "kind 'news' for 'event'; deadline None for '2027-08-27'; event_start '2027-05-05' for "
        "'2027-09-09'; event_end None for '2027-09-10' (scored, not read)"
    ),
    "vw-en-cfp-cluster-policy-aoe": (
        "deadline '2028-01-08' for '2028-01-15'; instant '2028-01-08' for "
        "'2028-01-16T11:59:00+00:00'; deadline_tz None for 'AoE' (scored, not read)"
    ),
    "vw-fr-salon-villepinte-sans-inscription": (
        "kind 'news' for 'event'; deadline '2027-05-15' for None; event_start '2025-09-30' for "
        "'2027-09-28'; event_end '2025-10-03' for '2027-10-01' (scored, not read)"
    ),
    "vw-es-feria-madrid-sin-plazo": ("deadline '2027-11-30' for None (scored, not read)"),
    "vx-en-exec-digital-transformation-modules-bst": ("event_start '2027-09-20' for '2027-10-13'"),
    "vx-en-materials-summer-school-pdf-paris-time": ("kind 'news' for 'course' (scored, not read)"),
    "vx-en-cluster-management-certificate-modules": ("event_start '2027-02-03' for '2027-04-22'"),
    "vx-en-open-science-mooc-no-deadline": (
        "deadline '2028-02-29' for None; event_end None for '2028-03-31'"
    ),
    "vx-en-digital-health-summer-school-faq": (
        "deadline '2027-05-15' for '2027-02-28'; instant '2027-05-15' for "
        "'2027-02-28T11:00:00+00:00'; deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "vx-en-lisbon-ocean-summer-school-wet": (
        "kind 'news' for 'course'; deadline None for '2027-03-15'; instant None for "
        "'2027-03-15T23:59:00+00:00'; deadline_tz None for 'Europe/Lisbon'; event_start "
        "'2026-06-22' for '2027-06-21'; event_end '2026-07-03' for '2027-07-02' (scored, not "
        "read)"
    ),
    "vx-en-research-funding-strategy-mondays-no-published": (
        "kind 'call' for 'course'; event_end None for '2027-12-06'"
    ),
    "vx-en-call-travel-grants-neuro-summer-school": (
        "event_start None for '2027-07-12'; event_end None for '2027-07-23'"
    ),
    "vx-de-weiterbildung-foerdermittel-oktober-november": (
        "event_end '2027-12-03' for '2027-11-26' (scored, not read)"
    ),
    "vx-de-zertifikatskurs-jahreswechsel-ende-juni": (
        "event_end None for '2028-01-28' (scored, not read)"
    ),
    "vx-de-tagesseminar-eu-antraege-mitternacht": (
        "kind 'call' for 'course'; event_start None for '2028-03-14'"
    ),
    "vx-fr-mooc-inscriptions-apres-debut": ("deadline None for '2027-11-10'"),
    "vx-fr-certificat-bruxelles-modules": (
        "kind 'call' for 'course'; event_start None for '2027-09-24'; event_end None for "
        "'2027-12-11'"
    ),
    "vx-fr-call-bourses-ecole-ete-midi": (
        "event_start None for '2027-07-05'; event_end None for '2027-07-16' (scored, not read)"
    ),
    "vx-it-master-prima-finestra": (
        "event_start '2028-09-30' for '2027-10-04'; event_end None for '2028-09-30' (scored, not "
        "read)"
    ),
    "vy-en-foundation-optional-loi": (
        "event_start '2027-09-21' for None; event_end '2027-09-22' for None (scored, not read)"
    ),
    "vy-en-no-zone-time": (
        "event_start '2027-05-10' for None; event_end '2027-05-17' for None (scored, not read)"
    ),
    "vy-en-newsletter-two-cutoffs-passed": (
        "kind 'news' for 'call'; deadline None for '2028-10-15'; instant None for "
        "'2028-10-15T15:00:00+00:00'; deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "vy-fr-sessions-minuit": ("event_start '2029-10-15' for None"),
    "vz-en-news-voucher-cutoffs": (
        "kind 'news' for 'call'; deadline '2027-01-15' for '2027-04-30'; instant '2027-01-15' "
        "for '2027-04-30T15:00:00+00:00'; deadline_tz None for 'Europe/Brussels'; event_start "
        "'2027-03-24' for None"
    ),
    "vz-en-newsletter-two-stage-open": (
        "kind 'news' for 'call'; deadline None for '2026-11-05'; instant None for "
        "'2026-11-05T11:00:00+00:00'; deadline_tz None for 'Europe/Brussels'"
    ),
    "vz-en-call-will-open-june": (
        "kind 'news' for 'call'; deadline None for '2027-09-15'; instant None for "
        "'2027-09-15T15:00:00+00:00'; deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "vz-it-consultazione-pubblica": ("event_start '2026-10-15' for None"),
    "vz-en-survey-cluster-managers": ("kind 'event' for 'call' (scored, not read)"),
    "vz-es-encuesta-finales-enero": (
        "kind 'event' for 'call'; event_start '2028-04-22' for None (scored, not read)"
    ),
    "vz-fr-feuille-route-approuvee": ("kind 'call' for 'news' (scored, not read)"),
    "vz-en-job-postdoc-cet": ("event_start '2027-04-01' for None (scored, not read)"),
    "vz-en-summer-school-host-call": (
        "event_start '2027-06-28' for None; event_end '2027-07-09' for None (scored, not read)"
    ),
    "wa-en-strikethrough-vouchers": (
        "deadline '2027-01-05' for '2027-01-26'; instant '2027-01-05' for "
        "'2027-01-26T11:00:00+00:00'; deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "wa-en-faq-uk-time": (
        "deadline '2028-02-16' for '2028-03-09'; instant '2028-02-16' for "
        "'2028-03-09T16:00:00+00:00'; deadline_tz None for 'Europe/London'"
    ),
    "wa-en-pdf-amendment": ("kind 'call' for 'extension' (scored, not read)"),
    "wa-en-pre-registration-and-full": (
        "deadline '2027-04-20' for '2027-05-05'; instant '2027-04-20' for "
        "'2027-05-05T15:00:00+00:00'; deadline_tz None for 'Europe/Brussels'"
    ),
    "wa-en-infoday-postponed-online": ("deadline '2028-03-03' for None"),
    "wa-es-noticia-balance-internacionalizacion": ("kind 'call' for 'news' (scored, not read)"),
    "wa-it-rettifica-scadenza": (
        "deadline '2028-02-10' for '2028-01-10'; instant '2028-02-10' for "
        "'2028-01-10T16:00:00+00:00'; deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "wb-en-call-reopened-talent-placement": ("kind 'extension' for 'call' (scored, not read)"),
    "wb-en-ext-clusternet-abstracts": (
        "event_start None for '2025-10-14'; event_end None for '2025-10-16'"
    ),
    "wc-en-medtech-open-day-galway": ("kind 'news' for 'event'; event_start None for '2028-05-06'"),
    "wc-en-study-trip-basque-smart-grids": (
        "kind 'call' for 'event'; event_start None for '2027-05-04'; event_end None for "
        "'2027-05-06'"
    ),
    "wc-en-techfair-pitch-call-closed": (
        "event_start '2026-04-14' for None; event_end '2026-04-16' for None (scored, not read)"
    ),
    "wc-de-b2b-matchmaking-hannover-messe": (
        "event_start '2027-04-19' for '2027-04-20'; event_end '2027-04-23' for '2027-04-21' "
        "(scored, not read)"
    ),
    "wc-fr-trophees-innovation-laureats": ("event_start None for '2027-05-18' (scored, not read)"),
    "wc-it-space-hackathon-bari-concluso": (
        "deadline '2026-05-09' for None; event_start None for '2026-05-07'; event_end None "
        "for '2026-05-09'"
    ),
    "wc-es-webinar-exportar-servicios-argentina": (
        "deadline None for '2025-04-23'; instant None for '2025-04-23T21:00:00+00:00'; "
        "deadline_tz None for 'America/Argentina/Buenos_Aires'; event_start '2025-04-04' for "
        "'2025-04-24' (scored, not read)"
    ),
    "wc-es-hackaton-agrotech-chile-balance": (
        "event_start '2026-12-06' for '2026-12-04'; event_end None for '2026-12-06' (scored, "
        "not read)"
    ),
    "wd-fr-cheque-transformation-numerique": ("deadline '2027-02-01' for '2027-03-31'"),
    "wd-es-cl-innova-region": ("event_start '2027-02-25' for None"),
    "wd-en-uk-smart-fis-deadline-extended": (
        "deadline '2027-04-30' for '2027-05-10'; instant '2027-04-30' for "
        "'2027-05-10T11:00:00+00:00'; deadline_tz None for 'Europe/London' (scored, not read)"
    ),
    "we-en-mooc-circular-economy": (
        "event_start None for '2026-09-14'; event_end None for '2026-10-23'"
    ),
    "we-en-bursaries-galway-summer-school": (
        "event_start None for '2027-06-21'; event_end None for '2027-06-25'"
    ),
    "we-en-call-instructors-bootcamp": (
        "event_start None for '2026-06-08'; event_end None for '2026-08-14' (scored, not read)"
    ),
    "we-en-news-record-applications": (
        "event_start '2025-06-30' for None; event_end '2025-07-04' for None"
    ),
    "we-de-sommerschule-wien": ("deadline_tz 'Europe/Berlin' for 'Europe/Vienna'"),
    "we-de-stipendien-summer-school-ch": (
        "event_start None for '2026-08-10'; event_end None for '2026-08-21'"
    ),
    "we-de-bilanz-sommerakademie": (
        "kind 'course' for 'news'; deadline None for '2024-04-15'; event_start '2025-08-18' "
        "for '2024-08-19'; event_end '2025-08-29' for '2024-08-30'"
    ),
    "we-de-gastgeber-sommerschule-2028": (
        "deadline '2027-01-31' for '2026-11-30' (scored, not read)"
    ),
    "we-fr-ecole-ete-ia-saclay": (
        "kind 'call' for 'course'; event_start None for '2026-06-29'; event_end None for "
        "'2026-07-03' (scored, not read)"
    ),
    "we-fr-mooc-economie-circulaire": ("deadline None for '2026-10-26' (scored, not read)"),
    "we-fr-bourses-ecole-hiver-montreal": (
        "event_start None for '2027-01-11'; event_end None for '2027-01-15' (scored, not read)"
    ),
    "we-fr-accelerateur-pme-cci": ("kind 'call' for 'course' (scored, not read)"),
    "we-fr-parcours-numerique-responsable": ("kind 'event' for 'course'"),
    "we-it-webinar-formativi-giovedi": ("kind 'event' for 'course'"),
    "we-it-avviso-docenti-its": (
        "event_start None for '2026-10-12'; event_end None for '2027-06-30' (scored, not read)"
    ),
    "we-it-manifestazione-ospitare-winter-school": (
        "event_start '2027-02-08' for None; event_end '2027-02-12' for None"
    ),
    "we-it-news-corso-executive-concluso": ("deadline '2025-06-27' for None"),
    "we-es-becas-escuela-verano-cdmx": (
        "event_start None for '2026-08-03'; event_end None for '2026-08-14'"
    ),
    "we-es-convocatoria-propuestas-cursos-verano": (
        "event_start None for '2027-06-21'; event_end None for '2027-09-17'"
    ),
    "wf-en-ca-alberta-voucher-intakes": (
        "deadline_tz 'America/Denver' for 'America/Edmonton' (scored, not read)"
    ),
    "wf-en-au-regional-grants-aest": ("event_start '2026-01-01' for None"),
    "wf-en-sg-open-innovation-sgt": ("event_start '2027-12-02' for None"),
    "wf-en-in-startup-grant-ist": (
        "deadline '2027-07-14' for '2027-07-31'; instant '2027-07-14T05:30:00+00:00' for "
        "'2027-07-31T12:30:00+00:00' (scored, not read)"
    ),
    "wf-en-us-workshop-extended-aoe": ("event_start None for '2027-08-23'"),
    "wf-en-uk-call-correction-noon": ("kind 'extension' for 'call'"),
    "wf-de-ch-ausschreibung-berichtigung": ("kind 'extension' for 'call'"),
    "wf-fr-aap-industrie-mise-a-jour": ("kind 'extension' for 'call' (scored, not read)"),
    "wf-fr-ch-appel-rectificatif": ("kind 'extension' for 'call' (scored, not read)"),
    "wf-fr-colloque-appel-communications-prolonge": (
        "event_start None for '2028-06-21'; event_end None for '2028-06-23' (scored, not read)"
    ),
    "wf-it-bando-rettifica-data": ("kind 'extension' for 'call'"),
    "wf-es-co-convocatoria-cerrada-estadisticas": (
        "kind 'call' for 'news'; deadline None for '2024-04-30'; instant None for "
        "'2024-04-30T22:00:00+00:00'; deadline_tz None for 'America/Bogota' (scored, not "
        "read)"
    ),
    "wf-es-congreso-resumenes-hora-canaria": (
        "event_start None for '2028-04-19'; event_end None for '2028-04-21'"
    ),
    "wg-jp-noon-jst": ("event_start '2027-01-13' for None"),
    "wg-in-ist-india": ("event_start '2027-08-02' for None"),
    "wg-cest-noon-oct-2026": ("event_start '2026-12-01' for None; event_end '2026-12-02' for None"),
    "wg-de-english-cet-in-april": ("deadline_tz 'Europe/Brussels' for 'Europe/Berlin'"),
    "wg-event-no-zone-dublin": ("deadline '2027-08-31' for '2027-09-15'"),
    "wg-ext-cfp-aoe": ("event_start None for '2027-09-22'; event_end None for '2027-09-24'"),
    "wg-course-summer-school-cet-nl": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "wh-at-wien-innovation-call-2028": ("event_start '2027-12-01' for None (scored, not read)"),
    "wh-ch-kanton-regionalpolitik-juni": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Zurich' (scored, not read)"
    ),
    "wh-en-ch-call-cet": ("deadline_tz 'Europe/Brussels' for 'Europe/Zurich'"),
    "wi-fr-table-calendrier-cet": ("deadline_tz 'Europe/Brussels' for 'Europe/Paris'"),
    "wj-it-due-fasi-manifestazione": (
        "deadline '2027-06-30' for '2027-02-10'; instant '2027-06-30T15:00:00+00:00' for "
        "'2027-02-10T16:00:00+00:00'"
    ),
    "wj-it-master-secondo-livello": (
        "deadline '2028-02-28' for '2027-01-15'; instant '2028-02-28' for "
        "'2027-01-15T12:00:00+00:00'; deadline_tz None for 'Europe/Rome'; event_end None for "
        "'2028-02-28' (scored, not read)"
    ),
    "wk-en-newsletter-pilots": (
        "kind 'news' for 'call'; deadline None for '2027-06-02'; instant None for "
        "'2027-06-02T15:00:00+00:00'; deadline_tz None for 'Europe/Brussels'"
    ),
    "wk-en-evaluators-cest": (
        "event_start '2028-07-06' for None; event_end '2028-07-07' for None (scored, not read)"
    ),
    "wl-cfa-smart-manufacturing-stuttgart": ("deadline_tz 'Europe/Brussels' for 'Europe/Berlin'"),
    "wl-exhibitors-hydrogen-valley-days": ("kind 'event' for 'call'"),
    "wl-accelerator-agritech-scaleup-2028": (
        "kind 'course' for 'call'; deadline_tz 'Europe/Brussels' for 'Europe/Paris'; "
        "event_start '2028-10-14' for None"
    ),
    "wl-cfp-dt4m-workshop-valencia": ("event_end '2027-09-10' for None"),
    "wl-poster-call-round2-battery-days-grenoble": ("event_end '2028-04-26' for '2028-04-27'"),
    "wl-young-researcher-award-photonics-jena": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Berlin'"
    ),
    "wl-hackathon-grid-flex-online": ("kind 'event' for 'call' (scored, not read)"),
    "wl-meet-the-buyer-automotive-gyor": ("deadline_tz 'Europe/Brussels' for 'Europe/Budapest'"),
    "wl-student-circular-design-challenge": (
        "event_start None for '2027-03-03'; event_end None for '2027-03-04' (scored, not read)"
    ),
    "wl-startup-village-digital-health-milan": ("kind 'event' for 'call' (scored, not read)"),
    "wl-ev-hydrogen-investors-roundtable-madrid": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Madrid' (scored, not read)"
    ),
    "wl-course-quantum-winter-school-innsbruck": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Vienna'"
    ),
    "wl-course-export-training-programme-lyon": ("event_start '2027-11-09' for '2027-10-12'"),
    "wm-en-quantum-summer-school": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "wm-en-data-skills-weekly": ("deadline_tz 'Europe/Brussels' for None"),
    "wm-de-ihk-online-kurs-ki": ("event_start '2026-11-20' for '2027-01-07'"),
    "wm-it-call-borse-summer-school-smart-cities": (
        "event_start None for '2027-07-12'; event_end None for '2027-07-16'"
    ),
    "wn-fr-news-rencontres-eco-construction-lille": (
        "kind 'event' for 'news'; event_start '2027-10-12' for '2027-03-04'"
    ),
    "wn-it-webinar-transizione-5-0": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Rome' (scored, not read)"
    ),
    "wn-es-seminario-web-eic-pathfinder": (
        "kind 'call' for 'event'; event_start None for '2027-01-27' (scored, not read)"
    ),
    "wo-de-korrektur-uhrzeit-frist": ("kind 'call' for 'extension' (scored, not read)"),
    "wo-en-aimw-workshop-extended-aoe": (
        "event_start None for '2027-09-06'; event_end None for '2027-09-07' (scored, not read)"
    ),
    "wo-de-stromspeicher-vorzeitig-geschlossen": ("event_start '2027-03-01' for None"),
    "wo-de-rueckblick-infotage-leipzig": ("deadline None for '2027-04-30' (scored, not read)"),
    "wo-de-bilanz-handwerk-digital": ("kind 'call' for 'news'"),
    "wo-en-regional-innovation-award-winners": ("event_start None for '2027-12-09'"),
    "wo-de-verbundforschung-zweistufig": (
        "kind 'event' for 'call'; deadline None for '2027-03-15'; instant None for "
        "'2027-03-15T22:59:00+00:00'; deadline_tz None for 'Europe/Berlin'; event_start "
        "'2027-02-09' for None (scored, not read)"
    ),
    "wo-en-last-chance-digital-pilots": ("event_start '2027-12-01' for None (scored, not read)"),
    "wo-en-agrifood-pilots-reopened": ("kind 'extension' for 'call'"),
    "wo-de-infotag-agrarinnovation-verschoben": (
        "kind 'extension' for 'event'; event_start None for '2027-02-24' (scored, not read)"
    ),
    "wo-de-sommerschule-restplaetze": ("event_end '2027-10-30' for '2027-09-10'"),
    "wp-ca-pacific-postdoc": (
        "deadline_tz 'America/Los_Angeles' for 'America/Vancouver'; event_start '2028-02-01' "
        "for None (scored, not read)"
    ),
    "wp-au-discovery-aedt": (
        "deadline '2027-01-28' for '2027-02-11'; instant '2027-01-28' for "
        "'2027-02-11T06:00:00+00:00'; deadline_tz None for 'Australia/Sydney' (scored, not "
        "read)"
    ),
    "wp-ke-agritech-challenge-eat": ("event_start '2027-03-18' for None (scored, not read)"),
    "wp-au-qld-quarterly-rounds": (
        "deadline None for '2027-06-30'; instant None for '2027-06-30T07:00:00+00:00'; "
        "deadline_tz None for 'Australia/Brisbane' (scored, not read)"
    ),
    "wp-au-hackathon-aest": ("deadline_tz 'Australia/Sydney' for 'Australia/Melbourne'"),
    "wp-au-perth-training-awst": (
        "kind 'call' for 'course'; event_start None for '2028-02-14'; event_end None for "
        "'2028-06-23'"
    ),
    "wp-in-extension-date-only": ("deadline '2027-08-16' for '2027-08-31' (scored, not read)"),
    "wq-en-extension-eurregio-conference": (
        "event_start None for '2028-05-08'; event_end None for '2028-05-10'"
    ),
    "wq-de-news-preistraeger-clusterpreis": (
        "event_start '2027-09-23' for None (scored, not read)"
    ),
    "wq-es-ultimo-dia-convocatoria": (
        "deadline None for '2028-04-13'; instant None for '2028-04-13T13:00:00+00:00'; "
        "deadline_tz None for 'Europe/Madrid' (scored, not read)"
    ),
    "wr-en-interview-cluster-manager-strategy": (
        "event_start '2027-01-12' for None (scored, not read)"
    ),
    "wr-en-circuplast-project-start": ("event_start '2026-10-01' for None (scored, not read)"),
    "wr-en-regional-innovation-award-winners": (
        "event_start None for '2027-06-16' (scored, not read)"
    ),
    "wr-en-blue-economy-days-2027": ("kind 'news' for 'event'"),
    "wr-en-healthtech-fair-pitch-call": (
        "kind 'event' for 'call'; deadline_tz 'Europe/Brussels' for 'Europe/Berlin'"
    ),
    "wr-en-interview-pilot-sites-call": ("deadline None for '2028-01-31' (scored, not read)"),
    "wr-en-mobility-infoday-report": (
        "kind 'event' for 'news'; deadline None for '2028-04-14'; instant None for "
        "'2028-04-14T15:00:00+00:00'; deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "wr-de-h2-logistik-projektstart": ("kind 'call' for 'news' (scored, not read)"),
    "wr-de-interview-clustermanagerin": ("event_start '2027-01-01' for None (scored, not read)"),
    "wr-de-innovationspreis-verliehen": ("event_start None for '2027-11-19' (scored, not read)"),
    "ws-en-innosuisse-accelerator-2027": (
        "event_start '2027-05-25' for None; event_end '2027-05-27' for None"
    ),
    "ws-en-fwf-docfunds-2028": (
        "kind 'course' for 'call'; deadline_tz 'Europe/Brussels' for 'Europe/Vienna'; "
        "event_start '2029-03-01' for None"
    ),
    "ws-en-brabant-innovation-vouchers-2028": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"
    ),
    "ws-en-norway-health-data-2027": ("deadline_tz 'Europe/Brussels' for 'Europe/Oslo'"),
    "ws-de-bridge-poc-2028": (
        "deadline '2027-11-30' for '2028-01-25'; instant '2027-11-30T16:30:00+00:00' for "
        "'2028-01-25T16:00:00+00:00' (scored, not read)"
    ),
    "ws-de-land-bw-stichtage": (
        "instant '2028-01-14' for '2028-01-14T22:59:00+00:00'; deadline_tz None for "
        "'Europe/Berlin' (scored, not read)"
    ),
    "ws-fr-univ-msca-pf-interne": ("deadline_tz 'Europe/Brussels' for 'Europe/Paris'"),
    "ws-it-invitalia-sportello-nuove-imprese": ("deadline '2027-05-12' for None"),
    "ws-it-univ-erc-cog-2028-interno": ("deadline '2028-01-10' for '2027-12-15'"),
    "ws-es-cdti-neotec-2027": (
        "deadline '2027-04-20' for '2027-05-13'; instant '2027-04-20T08:00:00+00:00' for "
        "'2027-05-13T10:00:00+00:00' (scored, not read)"
    ),
    "ws-es-partenariado-pre-propuestas-2027": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Madrid' (scored, not read)"
    ),
    "wt-en-agrifood-matchmaking-wageningen": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"
    ),
    "wt-en-cfp-regional-innovation-systems": (
        "event_start '2027-11-29' for '2027-11-30'; event_end None for '2027-12-02' (scored, "
        "not read)"
    ),
    "wt-de-innovationstag-mittelstand-berlin": (
        "kind 'call' for 'event'; event_start None for '2027-06-17' (scored, not read)"
    ),
    "wt-de-online-reihe-dienstags": (
        "kind 'call' for 'event'; deadline '2027-02-16' for None; deadline_tz 'Europe/Berlin' "
        "for None; event_start None for '2027-02-02'; event_end None for '2027-02-16' (scored, "
        "not read)"
    ),
    "wt-it-corso-alta-formazione-innovazione": (
        "event_start '2027-12-22' for '2027-11-10'; event_end None for '2027-12-22' (scored, "
        "not read)"
    ),
    "wt-es-webinars-martes-noviembre": ("deadline '2027-11-09' for None"),
    "wu-en-innovation-vouchers-newsletter": (
        "kind 'news' for 'extension'; deadline None for '2026-10-16'"
    ),
    "wu-en-dataspaces-workshop-cfp-extended": (
        "event_start None for '2027-07-08'; event_end None for '2027-07-09'"
    ),
    "wu-en-reopened-call-table": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "wu-en-two-stage-stage1-extended": (
        "deadline '2026-08-27' for '2026-09-04'; instant '2026-08-27T15:00:00+00:00' for "
        "'2026-09-04T15:00:00+00:00' (scored, not read)"
    ),
    "wu-fr-avis-rectificatif-ami": ("kind 'call' for 'extension'"),
    "wu-fr-cloture-anticipee": (
        "kind 'news' for 'extension'; deadline None for '2026-12-15'; instant None for "
        "'2026-12-15T22:59:00+00:00'; deadline_tz None for 'Europe/Paris'"
    ),
    "wu-fr-ami-pole-competitivite": ("event_start '2027-04-14' for None"),
    "wu-it-rettifica-avviso-pubblico": (
        "deadline '2027-03-02' for '2027-03-15'; instant '2027-03-02' for "
        "'2027-03-15T12:00:00+00:00'; deadline_tz None for 'Europe/Rome'"
    ),
    "wu-it-sospensione-ripresa-termini": ("kind 'call' for 'extension'"),
    "wu-it-chiusura-anticipata-sportello": (
        "kind 'news' for 'extension'; deadline None for '2027-04-12'; instant None for "
        "'2027-04-12T16:00:00+00:00'; deadline_tz None for 'Europe/Rome'; event_start "
        "'2027-04-06' for None"
    ),
    "wu-it-newsletter-proroga-voucher": (
        "kind 'news' for 'extension'; deadline None for '2026-12-03'; event_start '2026-11-16' "
        "for None"
    ),
    "wu-it-bando-secondo-sportello": ("kind 'extension' for 'call'"),
    "wu-it-innovation-day-rinviato": (
        "kind 'extension' for 'event'; event_start None for '2027-03-09'; event_end None for "
        "'2027-03-10' (scored, not read)"
    ),
    "wu-es-reanudacion-plazos-sede": (
        "kind 'call' for 'extension'; deadline '2027-05-03' for '2027-05-17'; instant "
        "'2027-05-03T07:00:00+00:00' for '2027-05-17T13:00:00+00:00' (scored, not read)"
    ),
    "wu-es-tabla-nuevas-fechas-hub": ("kind 'call' for 'extension' (scored, not read)"),
    "wu-es-convocatoria-evaluadores": (
        "deadline '2026-10-30' for '2026-11-12'; instant '2026-10-30' for "
        "'2026-11-12T11:00:00+00:00'; deadline_tz None for 'Europe/Madrid' (scored, not read)"
    ),
    "wv-no-cet-national-oslo": ("deadline_tz 'Europe/Brussels' for 'Europe/Oslo'"),
    "wv-ca-pacific-time": (
        "deadline '2026-10-22' for '2026-11-05'; instant '2026-10-22T23:00:00+00:00' for "
        "'2026-11-06T00:00:00+00:00'; deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"
    ),
    "wv-ca-eastern-before-date": ("deadline_tz 'America/New_York' for 'America/Toronto'"),
    "wv-au-after-dst-end": (
        "instant '2027-04-08T18:00:00+00:00' for '2027-04-08T04:00:00+00:00'; deadline_tz "
        "'America/New_York' for 'Australia/Sydney' (scored, not read)"
    ),
    "wv-is-icelandic-time": ("deadline_tz 'UTC' for 'Atlantic/Reykjavik'"),
    "wv-event-nordic-conf-cest": ("deadline_tz 'Europe/Brussels' for 'Europe/Stockholm'"),
    "wv-course-ie-cluster-managers-nullpub": (
        "kind 'call' for 'course'; deadline '2028-05-25' for '2027-12-10'; event_start None "
        "for '2028-01-20'; event_end None for '2028-05-25' (scored, not read)"
    ),
    "wv-course-ca-winter-school-edt": ("deadline_tz 'America/New_York' for 'America/Toronto'"),
    "ww-at-wien-einreichzeitraum": (
        "deadline '2027-03-25' for '2027-04-29'; instant '2027-03-25T15:00:00+00:00' for "
        "'2027-04-29T12:00:00+00:00'; event_start '2027-02-01' for None; event_end "
        "'2027-04-29' for None"
    ),
    "ww-ch-zuerich-informationsanlass": (
        "kind 'event' for 'call'; deadline None for '2027-06-30'; event_start '2027-05-12' for None"
    ),
    "ww-de-thueringen-zeitplan": ("event_start '2027-09-01' for None"),
    "ww-at-fristverlaengerung-aws": (
        "deadline_tz 'Europe/Berlin' for 'Europe/Vienna' (scored, not read)"
    ),
    "ww-it-mur-ore-12-virgola": (
        "deadline None for '2027-06-30'; instant None for '2027-06-30T10:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "ww-it-due-fasi-manifestazione": (
        "deadline '2027-03-31' for '2026-12-15'; instant '2027-03-31T10:00:00+00:00' for "
        "'2026-12-15T11:00:00+00:00'"
    ),
    "wx-fr-ch-cheque-innovation-12h00": ("event_start '2027-11-30' for None"),
    "wx-fr-een-releves-cet-bruxelles": (
        "instant '2027-05-05' for '2027-05-05T15:00:00+00:00'; deadline_tz None for "
        "'Europe/Brussels'"
    ),
    "wx-es-congreso-robotica-aoe": (
        "deadline '2027-03-15' for '2027-03-08'; instant '2027-03-16T11:59:00+00:00' for "
        "'2027-03-09T11:59:00+00:00' (scored, not read)"
    ),
    "wx-es-jornadas-cordoba-hora-argentina": ("kind 'event' for 'call' (scored, not read)"),
    "wy-en-materials-exhibition": (
        "kind 'course' for 'event'; deadline '2027-12-25' for None; event_start '2028-01-01' "
        "for '2027-12-03'"
    ),
    "wy-en-bioeconomy-pitch-call": ("deadline_tz 'Europe/Brussels' for 'Europe/Ljubljana'"),
    "wy-en-trento-summer-school": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Rome' (scored, not read)"
    ),
    "wy-fr-nantes-journee-info": (
        "deadline None for '2027-10-07'; event_start '2027-09-30' for '2027-10-14' (scored, "
        "not read)"
    ),
    "wy-it-ciclo-incontri-turismo": (
        "event_start '2027-05-04' for '2027-04-13'; event_end None for '2027-05-04' (scored, "
        "not read)"
    ),
    "wy-it-torino-mostra-design": ("deadline '2027-12-25' for None"),
    "wy-es-jornada-aplazada": ("event_start '2026-10-21' for '2026-11-18' (scored, not read)"),
    "wy-es-valencia-foro-ceramica": (
        "event_start '2027-09-28' for '2027-09-29'; event_end '2027-10-02' for '2027-10-01' "
        "(scored, not read)"
    ),
    "wz-fr-posters-journees": ("event_start None for '2027-04-08' (scored, not read)"),
    "wz-fr-accueil-rencontres": (
        "event_start None for '2028-06-13'; event_end None for '2028-06-14'"
    ),
    "wz-fr-extension-cfp": ("event_start None for '2027-06-09'; event_end None for '2027-06-11'"),
    "wz-fr-be-appel-orateurs": ("event_start None for '2027-09-23'"),
    "wz-fr-doctorants-congres": (
        "event_start '2028-03-21' for '2028-03-22'; event_end None for '2028-03-24'"
    ),
    "wz-fr-appel-ateliers": ("deadline_tz 'Europe/Zurich' for 'Europe/Paris'"),
    "wz-de-aussteller-messe": ("kind 'event' for 'call'"),
    "wz-de-hackathon-energie": (
        "event_start None for '2027-10-22'; event_end None for '2027-10-24'"
    ),
    "wz-de-poster-nachwuchs": ("event_start None for '2028-03-09' (scored, not read)"),
    "wz-de-ausrichter-tagung": (
        "event_start None for '2028-09-27'; event_end None for '2028-09-28' (scored, not read)"
    ),
    "wz-it-pitch-competition": ("event_start None for '2027-05-27'"),
    "wz-it-startup-village-finestre": (
        "event_start None for '2027-05-12'; event_end None for '2027-05-13' (scored, not read)"
    ),
    "wz-es-hackathon-malaga": ("kind 'event' for 'call'"),
    "wz-es-ampliacion-plazo": (
        "event_start None for '2028-06-07'; event_end None for '2028-06-09'"
    ),
    "wz-es-noticia-hackathon": (
        "event_start None for '2027-04-23'; event_end None for '2027-04-25'"
    ),
    "xa-en-last-working-day-march": (
        "deadline '2028-06-30' for '2027-03-31'; instant '2028-06-30T10:00:00+00:00' for "
        "'2027-03-31T10:00:00+00:00' (scored, not read)"
    ),
    "xa-en-end-q2-clusters": (
        "deadline '2027-03-17' for '2027-06-30'; deadline_tz 'Europe/Brussels' for None"
    ),
    "xa-en-rolling-mentoring": ("kind 'news' for 'call' (scored, not read)"),
    "xa-en-first-come-first-served": ("deadline '2027-03-18' for None"),
    "xa-en-ext-two-weeks": (
        "deadline None for '2027-04-26'; instant None for '2027-04-26T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "xa-en-course-summer-school-six-weeks": ("deadline None for '2027-05-24'"),
    "xa-en-quarter-cutoffs": ("deadline None for '2027-12-31'"),
    "xa-en-second-tuesday-january": (
        "deadline '2027-12-07' for '2028-01-11'; instant '2027-12-07T09:00:00+00:00' for "
        "'2028-01-11T11:00:00+00:00'"
    ),
    "xa-en-hackathon-challenge-owners": ("deadline None for '2028-04-12' (scored, not read)"),
    "xa-de-letzter-arbeitstag-feb": (
        "deadline None for '2027-02-26'; instant None for '2027-02-26T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin'"
    ),
    "xa-de-kurs-vier-wochen": ("event_end None for '2028-02-25'"),
    "xa-it-trentesimo-giorno": (
        "deadline None for '2027-10-01'; instant None for '2027-10-01T10:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "xb-de-bw-innovationsgutschein-2027": ("deadline_tz 'Europe/Brussels' for 'Europe/Berlin'"),
    "xb-fr-interreg-rhin-superieur-microprojets": (
        "deadline_tz 'Europe/Zurich' for 'Europe/Paris'"
    ),
    "xb-fr-de-grande-region-interreg-vi": ("event_start '2027-01-11' for None"),
    "xb-it-de-noi-startup-call": ("event_start '2027-05-20' for None"),
    "xb-fr-de-jura-bale-fonds-cooperation": ("kind 'event' for 'call'"),
    "xb-it-en-bolzano-b2b-alpine-wood": (
        "deadline_tz 'Europe/Zurich' for 'Europe/Rome' (scored, not read)"
    ),
    "xb-en-fr-luxembourg-cluster-forum": ("deadline_tz 'Europe/Brussels' for 'Europe/Luxembourg'"),
    "xb-it-en-trento-winter-school": ("deadline_tz 'Europe/Brussels' for 'Europe/Rome'"),
    "xc-en-two-stage-vouchers-update": (
        "kind 'news' for 'call'; deadline '2027-01-28' for '2027-04-14'; instant "
        "'2027-01-28T16:00:00+00:00' for '2027-04-14T15:00:00+00:00' (scored, not read)"
    ),
    "xc-en-scaleup-cutoffs-2027-2028": (
        "kind 'news' for 'call'; deadline '2027-02-02' for '2027-06-02'; instant "
        "'2027-02-02T16:00:00+00:00' for '2027-06-02T15:00:00+00:00'"
    ),
    "xc-de-innovationsgutscheine-stichtage": (
        "deadline None for '2027-07-15'; instant None for '2027-07-15T21:59:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin'"
    ),
    "xc-de-hochschule-transfer-interessensbekundung": (
        "deadline '2027-02-26' for '2027-01-15' (scored, not read)"
    ),
    "xc-de-ki-wettbewerb-mittelstand": (
        "deadline '2027-01-27' for '2027-03-31'; instant '2027-01-27T15:00:00+00:00' for "
        "'2027-03-31T21:59:00+00:00'"
    ),
    "xc-fr-appel-deux-phases-industrie-verte": (
        "kind 'news' for 'call'; deadline '2027-03-03' for '2027-05-12'; instant "
        "'2027-03-03T16:00:00+00:00' for '2027-05-12T15:00:00+00:00'"
    ),
    "xc-fr-releves-bpi-innovation-cluster": (
        "instant '2028-01-13' for '2028-01-13T15:00:00+00:00'; deadline_tz None for "
        "'Europe/Paris' (scored, not read)"
    ),
    "xc-fr-colloque-cfp-lyon": ("deadline None for '2027-01-31' (scored, not read)"),
    "xc-fr-mooc-specialisation-intelligente": (
        "event_end '2027-10-31' for '2027-11-29' (scored, not read)"
    ),
    "xc-it-bando-due-fasi-filiere": (
        "deadline '2027-06-30' for '2027-04-30'; instant '2027-06-30T11:00:00+00:00' for "
        "'2027-04-30T11:00:00+00:00' (scored, not read)"
    ),
    "xc-it-finestre-annuali-internazionalizzazione": (
        "instant '2028-03-31' for '2028-03-31T15:00:00+00:00'; deadline_tz None for 'Europe/Rome'"
    ),
    "xc-it-call-startup-mezzanotte": ("event_start '2027-10-14' for None"),
    "xc-it-ext-proroga-bando-reti": (
        "deadline '2028-01-31' for '2027-11-05'; instant '2028-01-31' for "
        "'2027-11-05T16:00:00+00:00'; deadline_tz None for 'Europe/Rome'"
    ),
    "xc-it-master-innovation-management": ("event_end None for '2028-02-25' (scored, not read)"),
    "xc-es-cfp-congreso-desarrollo-regional": (
        "instant '2028-03-12' for '2028-03-13T11:59:00+00:00'; deadline_tz None for 'AoE'"
    ),
    "xd-en-extension-aoe-cfp": (
        "event_start None for '2027-06-14'; event_end None for '2027-06-16' (scored, not read)"
    ),
    "xd-en-uk-minister-press-release": (
        "deadline '2027-09-14' for '2027-10-18'; instant '2027-09-14' for "
        "'2027-10-18T10:00:00+00:00'; deadline_tz None for 'Europe/London'"
    ),
    "xd-en-results-announced-twinning": ("kind 'call' for 'news' (scored, not read)"),
    "xd-de-landesministerin-foerderaufruf": (
        "deadline '2027-05-12' for '2027-06-30'; deadline_tz 'Europe/Berlin' for None"
    ),
    "xd-es-proxima-convocatoria": ("kind 'call' for 'news'"),
    "xe-en-summer-school-bioeconomy": ("deadline '2027-03-15' for '2027-05-31' (scored, not read)"),
    "xe-en-smart-port-hackathon-call": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "xe-en-agrifood-matchmaking": ("deadline_tz 'Europe/Brussels' for 'Europe/Rome'"),
    "xe-en-winter-school-quantum": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Vienna' (scored, not read)"
    ),
    "xe-en-cluster-conference-call-sessions": (
        "deadline '2027-05-31' for '2027-04-09'; instant '2027-05-31' for "
        "'2027-04-09T15:00:00+00:00'; deadline_tz None for 'Europe/Brussels'"
    ),
    "xe-en-call-mentors-scaleup-academy": (
        "event_start '2028-06-16' for '2028-03-06'; event_end None for '2028-06-16'"
    ),
    "xe-en-news-hackathon-winners": (
        "event_start None for '2026-09-03'; event_end None for '2026-09-04'"
    ),
    "xe-fr-parcours-projet-europeen": ("kind 'call' for 'course'; event_end None for '2027-11-18'"),
    "xe-fr-masterclass-pitch-lyon": ("kind 'course' for 'event'"),
    "xe-fr-journee-info-interreg": (
        "deadline_tz 'Europe/Zurich' for 'Europe/Paris' (scored, not read)"
    ),
    "xe-it-news-bootcamp-concluso": (
        "deadline '2027-09-10' for None; event_end None for '2027-09-10'"
    ),
    "xe-es-taller-eic-valencia": (
        "kind 'call' for 'event'; deadline '2027-04-21' for None; deadline_tz 'Europe/Madrid' "
        "for None; event_start None for '2027-04-21'"
    ),
    "xe-es-convocatoria-mentores-aceleradora": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Madrid'"
    ),
    "xf-nsrc-discovery-2027": ("deadline_tz 'America/New_York' for 'America/Toronto'"),
    "xf-bc-health-scholar-2027": ("deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"),
    "xf-genomebc-extension-pacific": (
        "deadline_tz 'America/Los_Angeles' for 'America/Vancouver' (scored, not read)"
    ),
    "xf-csu-grant-writing-bootcamp": ("kind 'call' for 'course'"),
    "xf-nasa-roses-step2": (
        "kind 'news' for 'call'; "
        "deadline '2027-03-18' for '2027-05-20'; "
        "instant '2027-03-18' for '2027-05-21T03:59:00+00:00'; "
        "deadline_tz None for 'America/New_York' (scored, not read)"
    ),
    "xf-ucalgary-mt-catalyst": ("deadline_tz 'America/Denver' for 'America/Edmonton'"),
    "xf-cihr-style-info-webinar": (
        "deadline_tz 'America/New_York' for 'America/Toronto'; event_end '2026-10-15' for None"
    ),
    "xg-transithack-nyc": ("kind 'call' for 'event'"),
    "xg-transit-challenge-closed": ("event_start '2027-03-03' for None"),
    "xg-fellowship-tminus": (
        "kind 'course' for 'call'; "
        "event_start '2027-07-01' for None; "
        "event_end '2027-12-31' for None (scored, not read)"
    ),
    "xg-devcamp-workshops": ("deadline_tz 'Europe/Brussels' for 'Europe/Berlin'"),
    "xg-clean-air-challenge": ("event_start '2027-09-09' for None (scored, not read)"),
    "xg-openhack-australia": (
        "kind 'call' for 'event'; "
        "event_start None for '2027-08-20'; "
        "event_end None for '2027-08-22'"
    ),
    "xg-ospo-101-mooc": ("kind 'news' for 'course' (scored, not read)"),
    "xg-rse-summer-school": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "xg-office-hours-feb": (
        "kind 'call' for 'event'; "
        "deadline '2027-02-04' for None; "
        "deadline_tz 'UTC' for None; "
        "event_start None for '2027-02-04'"
    ),
    "xg-spring-hack-online": (
        "kind 'call' for 'event'; "
        "event_start None for '2027-02-19'; "
        "event_end None for '2027-02-21'"
    ),
    "xg-rust-game-jam": (
        "kind 'call' for 'event'; "
        "event_start None for '2027-03-12'; "
        "event_end None for '2027-03-14' (scored, not read)"
    ),
    "xg-opsconf-cfp-extended": (
        "event_start None for '2027-06-09'; event_end None for '2027-06-11'"
    ),
    "xg-blue-code-challenge": ("event_start '2027-06-10' for None (scored, not read)"),
    "xg-soos-contributors-news": ("event_start '2027-05-12' for None"),
    "xg-wioss-mentorship": (
        "kind 'call' for 'course'; "
        "event_start None for '2027-03-01'; "
        "event_end None for '2027-05-09'"
    ),
    "xh-cetp-joint-call-2027": (
        "deadline '2027-01-06' for '2027-01-13'; "
        "instant '2027-01-06' for '2027-01-13T13:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "xh-malta-erdf-rdi-infrastructure": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Malta' (scored, not read)"
    ),
    "xh-cinea-life-2027": (
        "deadline '2027-10-14' for '2027-09-23'; "
        "instant '2027-10-14T15:00:00+00:00' for '2027-09-23T15:00:00+00:00'"
    ),
    "xh-ext-euromed-matchmaking-registration": (
        "event_start None for '2026-11-04'; event_end None for '2026-11-05' (scored, not read)"
    ),
    "xh-news-cost-oc-results": (
        "deadline '2027-06-30' for '2026-10-29'; "
        "instant '2027-06-30' for '2026-10-29T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'; "
        "event_start '2027-10-01' for None"
    ),
    "xi-mlsys-health-ext": ("event_start None for '2027-05-07'"),
    "xi-potsdam-frist": (
        "event_start None for '2027-05-10'; event_end None for '2027-05-11' (scored, not read)"
    ),
    "xi-pisa-workshop-news": (
        "deadline '2027-05-21' for None; "
        "event_start None for '2027-05-19'; "
        "event_end None for '2027-05-21'"
    ),
    "xi-eras-demos": ("deadline_tz 'Europe/Brussels' for 'Europe/Vienna'"),
    "xi-dss-workshops": ("event_end '2027-09-07' for '2027-09-10'"),
    "xi-europl-aec": (
        "event_start None for '2027-10-11'; event_end None for '2027-10-15' (scored, not read)"
    ),
    "xi-nordic-dh": ("deadline_tz 'Europe/Brussels' for 'Europe/Copenhagen' (scored, not read)"),
    "xi-bccl-extension": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'; "
        "event_start None for '2027-09-09'; "
        "event_end None for '2027-09-10'"
    ),
    "xi-edge-track-extension": (
        "event_start None for '2027-03-22'; event_end None for '2027-03-26' (scored, not read)"
    ),
    "xi-bioimaging-extension": (
        "event_start None for '2027-06-28'; event_end None for '2027-06-30' (scored, not read)"
    ),
    "xi-cds-extension": ("event_start None for '2027-05-20'; event_end None for '2027-05-22'"),
    "xi-softmatter-registration": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Zurich' (scored, not read)"
    ),
    "xi-dsaa-best-paper": ("event_start None for '2026-09-21'; event_end None for '2026-09-25'"),
    "xj-bayern-wasserstoff-flaeche": (
        "deadline '2027-01-29' for '2027-03-15'; "
        "instant '2027-01-29' for '2027-03-15T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin' (scored, not read)"
    ),
    "xj-fondazione-comunita-resilienti-proroga": (
        "deadline '2026-10-29' for '2026-11-12'; "
        "instant '2026-10-29T16:00:00+00:00' for '2026-11-12T16:00:00+00:00' (scored, not read)"
    ),
    "xj-deusto-ciberseguridad-industrial": (
        "kind 'call' for 'course'; "
        "event_start None for '2026-10-26'; "
        "event_end None for '2027-03-17'"
    ),
    "xk-bnsf-bilateral-2027": ("deadline_tz 'Etc/GMT-2' for 'Europe/Sofia'"),
    "xk-nwo-open-competition-ssh-m": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "xk-ifd-grand-solutions-2027": ("deadline_tz 'Europe/Brussels' for 'Europe/Copenhagen'"),
    "xk-lmt-researcher-teams-2027": (
        "deadline '2027-04-01' for '2027-04-08'; "
        "instant '2027-04-01' for '2027-04-08T13:00:00+00:00'; "
        "deadline_tz None for 'Europe/Vilnius'"
    ),
    "xk-hrzz-installation-cutoffs": ("deadline_tz 'Europe/Brussels' for 'Europe/Zagreb'"),
    "xk-rannis-infrastructure-2027": (
        "deadline_tz 'UTC' for 'Atlantic/Reykjavik' (scored, not read)"
    ),
    "xk-ext-ei-commercialisation": (
        "deadline '2027-04-01' for '2027-04-09'; "
        "instant '2027-04-01T12:00:00+00:00' for '2027-04-09T12:00:00+00:00' (scored, not read)"
    ),
    "xk-ext-nccsk-hpc-access4": ("deadline_tz 'Europe/Brussels' for 'Europe/Bratislava'"),
    "xk-co-hpc-summer-school-ostrava": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Prague' (scored, not read)"
    ),
    "xk-co-innovation-leadership-ie": (
        "kind 'call' for 'course'; "
        "event_start None for '2026-10-14'; "
        "event_end None for '2027-02-11' (scored, not read)"
    ),
    "xk-co-mooc-delta-cities": ("deadline '2027-04-12' for None (scored, not read)"),
    "xk-nw-rcn-researcher-projects-awards": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Oslo' (scored, not read)"
    ),
    "xl-ucd-internal-research-ireland": ("deadline_tz 'Europe/Dublin' for None (scored, not read)"),
    "xl-ei-commercialisation-fund-2027": (
        "deadline None for '2027-06-10'; "
        "instant None for '2027-06-10T14:00:00+00:00'; "
        "deadline_tz None for 'Europe/Dublin' (scored, not read)"
    ),
    "xl-crt-programme-awards-outline": ("deadline_tz 'Europe/London' for 'UTC' (scored, not read)"),
    "xl-ahrc-research-networking": ("kind 'event' for 'call'; event_start '2027-11-01' for None"),
    "xl-ext-northbridge-internal-ispf": ("deadline_tz 'Europe/London' for None"),
    "xl-ev-ukri-briefing-webinar": ("deadline_tz 'Europe/London' for None (scored, not read)"),
    "xl-course-cdt-net-zero-studentships": (
        "kind 'call' for 'course'; event_start None for '2027-09-27'"
    ),
    "xl-course-grant-writing-programme": (
        "event_start '2027-03-01' for '2027-03-04'; event_end '2027-03-04' for '2027-03-18'"
    ),
    "xl-course-research-leadership-programme": (
        "kind 'call' for 'course'; "
        "event_start None for '2027-10-05'; "
        "event_end None for '2028-03-16' (scored, not read)"
    ),
    "xm-noon-3rd-may": ("event_start '2027-04-14' for None"),
    "xm-cob-friday": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam' (scored, not read)"),
    "xm-0000-1-april": (
        "deadline '2027-02-01' for '2027-04-01'; "
        "instant '2027-02-01' for '2027-03-31T22:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "xm-summer-school-trento": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Rome' (scored, not read)"
    ),
    "xm-hackathon-cph": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Copenhagen'; "
        "event_start '2027-02-10' for '2027-02-19'; "
        "event_end None for '2027-02-21'"
    ),
    "xm-course-helsinki": (
        "kind 'call' for 'course'; "
        "event_start None for '2027-04-12'; "
        "event_end None for '2027-09-15'"
    ),
    "xm-it-ore-dodici": (
        "instant '2027-02-22' for '2027-02-22T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "xn-twin-transition-workshops": ("kind 'course' for 'event'"),
    "xn-trade-mission-japan": ("kind 'call' for 'event'"),
    "xn-networking-breakfast-dublin": ("kind 'call' for 'event'"),
    "xn-innovation-awards-copenhagen": ("deadline_tz 'Europe/Brussels' for 'Europe/Copenhagen'"),
    "xn-study-visit-basque": ("deadline_tz 'Europe/Brussels' for 'Europe/Vienna'"),
    "xn-open-day-photonics-lab": (
        "kind 'news' for 'event'; deadline None for '2027-10-07' (scored, not read)"
    ),
    "xn-es-hackathon-barcelona": ("deadline_tz 'Europe/Brussels' for 'Europe/Madrid'"),
    "xo-summer-school-applications-ext": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Rome'; "
        "event_start None for '2027-07-05'; "
        "event_end None for '2027-07-16' (scored, not read)"
    ),
    "xo-abstracts-aoe-ext": ("event_start None for '2027-09-20'; event_end None for '2027-09-23'"),
    "xo-two-stage-table": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "xo-fr-rectificatif-article7": ("kind 'call' for 'extension'"),
    "xo-fr-mooc-decale": (
        "kind 'extension' for 'course'; "
        "deadline '2027-03-14' for '2027-01-31'; "
        "event_start None for '2027-01-17'; "
        "event_end None for '2027-03-14' (scored, not read)"
    ),
    "xo-de-oesterreich-mesz": ("deadline_tz 'Europe/Berlin' for 'Europe/Vienna'"),
    "xo-de-mez-im-april": (
        "kind 'event' for 'extension'; "
        "deadline None for '2027-04-14'; "
        "instant None for '2027-04-14T12:00:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin'; "
        "event_start '2027-04-07' for None (scored, not read)"
    ),
    "xo-de-wiedereroeffnet": ("kind 'call' for 'extension'"),
    "xp-neh-seminar-mobydick-2015": ("kind 'event' for 'course'"),
    "xp-ohio-tvsf-2017": (
        "deadline '2017-01-26' for '2017-03-16'; "
        "instant '2017-01-26T15:00:00+00:00' for '2017-03-16T19:00:00+00:00' (scored, not read)"
    ),
    "xp-nist-mep-2019": (
        "deadline '2018-12-10' for '2019-01-29'; "
        "instant '2018-12-10' for '2019-01-30T04:59:00+00:00'; "
        "deadline_tz None for 'America/New_York'"
    ),
    "xp-ed-csp-cmo-ext-2020": (
        "instant '2020-06-16T03:59:00+00:00' for '2020-06-16T03:59:59+00:00' (scored, not read)"
    ),
    "xp-nsf-hydro-networks-news-2010": (
        "kind 'call' for 'news'; deadline None for '2010-03-02' (scored, not read)"
    ),
    "xp-doe-smartgrid-preapp-2009": ("kind 'call' for 'event' (scored, not read)"),
    "xp-epa-ejcps-webinar-2022": ("deadline None for '2022-04-10'"),
    "xp-seagrant-aquaculture-2008": ("deadline_tz 'America/New_York' for None"),
    "xp-ed-tqp-2009": (
        "deadline '2009-07-08' for '2009-08-10'; "
        "instant '2009-07-08T20:30:00+00:00' for '2009-08-10T20:30:00+00:00'"
    ),
    "xp-prstrt-research-grants-2016": (
        "instant '2016-06-30' for '2016-07-01T03:59:00+00:00'; "
        "deadline_tz None for 'America/Puerto_Rico'"
    ),
    "xp-doe-eere-solar-foa-2016": ("event_start '2016-03-01' for None"),
    "xp-dot-tiger-2015": (
        "instant '2015-06-05' for '2015-06-06T00:00:00+00:00'; "
        "deadline_tz None for 'America/New_York' (scored, not read)"
    ),
    "xp-nsf-icorps-fall-cohort-2017": (
        "event_start '2017-09-19' for '2017-09-12'; event_end '2017-10-17' for '2017-10-26'"
    ),
    "xp-usda-broadband-listening-news-2018": (
        "deadline '2018-08-21' for None; event_start None for '2018-08-21'"
    ),
    "xp-geda-small-business-grant-2014": (
        "deadline '2014-06-02' for '2014-07-31'; "
        "instant '2014-06-02' for '2014-07-31T02:00:00+00:00'; "
        "deadline_tz None for 'Pacific/Guam'; "
        "event_start '2014-06-17' for None (scored, not read)"
    ),
    "xq-een-tcd-hannover-2013": (
        "event_start '2013-04-08' for '2013-04-09'; event_end '2013-04-12' for '2013-04-11'"
    ),
    "xq-interreg-ivc-fourth-call": ("kind 'news' for 'call'"),
    "xq-cluster-management-training-vienna-2014": ("kind 'event' for 'course'"),
    "xq-sme-instrument-cutoffs-2016": (
        "kind 'news' for 'call'; "
        "deadline '2016-02-24' for '2016-05-03'; "
        "instant '2016-02-24T16:00:00+00:00' for '2016-05-03T15:00:00+00:00'"
    ),
    "xq-interreg-europe-first-call-2015": (
        "deadline '2015-06-22' for '2015-07-31'; "
        "instant '2015-06-22' for '2015-07-31T10:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "xq-cric-2019-valencia-call-abstracts": ("deadline_tz 'Europe/Brussels' for 'Europe/Madrid'"),
    "xq-esca-gold-labels-news": ("event_start '2019-12-31' for None"),
    "xq-cppc-2020-cfp-extension": (
        "event_start None for '2020-10-20'; event_end None for '2020-10-22'"
    ),
    "xr-eu-cluster-excellence": (
        "instant '2016-04-21' for '2016-04-21T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "xr-msc-ird-admissions-2024": (
        "deadline None for '2024-01-15'; "
        "instant None for '2024-01-15T13:00:00+00:00'; "
        "deadline_tz None for 'Europe/Helsinki'"
    ),
    "xr-fr-colloque-clusters-transitions-2022": ("kind 'call' for 'event'"),
    "xs-rsecon23-cfp": (
        "event_start '2023-03-01' for '2023-09-05'; "
        "event_end None for '2023-09-07' (scored, not read)"
    ),
    "xs-rsecon23-extension": ("event_start None for '2023-09-05'; event_end None for '2023-09-07'"),
    "xs-open-sci-sprint-2022": ("deadline '2022-10-21' for '2022-10-28' (scored, not read)"),
    "xs-oss-mentorship-cohort3": (
        "kind 'course' for 'call'; "
        "deadline None for '2024-02-06'; "
        "instant None for '2024-02-06T16:00:00+00:00'; "
        "deadline_tz None for 'UTC'; "
        "event_start '2024-05-27' for None"
    ),
    "xs-instructor-training-2021": (
        "event_start None for '2021-04-12'; event_end None for '2021-04-13'"
    ),
    "xs-metadata-consensus-day": ("event_start '2023-05-30' for '2023-06-20'"),
    "xs-scipy-sprint-travel-2024": (
        "event_start None for '2024-04-20'; event_end None for '2024-04-21'"
    ),
    "xs-reproducible-summer-school-2025": ("deadline_tz 'Europe/Brussels' for 'Europe/Amsterdam'"),
    "xs-gsoc-org-2024": ("event_start '2024-02-22' for None"),
    "xs-notebook-days-2025-cfp": (
        "deadline '2025-01-10' for '2025-01-31'; "
        "instant '2025-01-10' for '2025-01-31T23:59:59+00:00'; "
        "deadline_tz None for 'UTC'"
    ),
    "xs-usrse-like-2019-extension": (
        "event_start None for '2020-02-24'; event_end None for '2020-02-25' (scored, not read)"
    ),
    "xs-pydata-tutorials-2023": ("event_end None for '2023-04-22'"),
    "xs-open-seeds-cohort8": (
        "event_start '2023-08-14' for '2023-09-25'; "
        "event_end None for '2024-01-19' (scored, not read)"
    ),
    "xs-swc-workshop-jan2020": ("kind 'event' for 'course'"),
    "xs-community-call-security-2024": (
        "kind 'call' for 'event'; event_start None for '2024-03-14'"
    ),
    "xs-os-ambassadors-2022": ("event_start '2022-09-14' for None (scored, not read)"),
    "xs-cfp-by-numbers-2024": (
        "event_start '2024-01-30' for '2024-05-15'; event_end None for '2024-05-17'"
    ),
    "xs-lightning-talks-extension-2022": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Berlin'; "
        "event_start None for '2022-03-10' (scored, not read)"
    ),
    "xs-maintainer-day-2024": (
        "deadline None for '2024-06-03'; "
        "event_start '2024-05-02' for '2024-06-05' (scored, not read)"
    ),
    "xs-mentees-cohort5-2025": (
        "kind 'course' for 'news'; "
        "deadline None for '2025-01-24'; "
        "event_start '2025-03-03' for None; "
        "event_end '2025-03-10' for None"
    ),
    "xs-bio-codefest-2019": (
        "kind 'call' for 'event'; "
        "deadline '2019-05-31' for '2019-06-15'; "
        "event_start None for '2019-07-22'; "
        "event_end None for '2019-07-23'"
    ),
    "xs-reviewers-extension-2025": (
        "event_start None for '2025-07-14'; event_end None for '2025-07-18' (scored, not read)"
    ),
    "xs-hackweek-project-leads-2023": (
        "event_start '2023-04-20' for '2023-06-12'; event_end None for '2023-06-16'"
    ),
    "xt-ausbildungsmesse-besucher": (
        "kind 'event' for 'news'; "
        "event_start '2017-09-15' for '2016-09-17'; "
        "event_end '2017-09-16' for '2016-09-18'"
    ),
    "xt-kulturfonds-prag": ("deadline_tz 'Europe/Berlin' for 'Europe/Prague'"),
    "xt-feria-agroalimentaria-visitantes": (
        "kind 'event' for 'news'; "
        "event_start '2018-05-15' for '2018-05-11'; "
        "event_end None for '2018-05-13'"
    ),
    "xt-bando-marche-innovazione-pmi": (
        "deadline '2018-04-03' for '2018-04-30'; "
        "instant '2018-04-03T08:00:00+00:00' for '2018-04-30T10:00:00+00:00' (scored, not read)"
    ),
    "xt-voucher-digitali-proroga": ("kind 'call' for 'extension' (scored, not read)"),
    "xt-salone-agritech-bilancio": (
        "deadline '2022-10-16' for None; "
        "event_start None for '2022-10-14'; "
        "event_end None for '2022-10-16'"
    ),
    "xt-webinar-camera-commercio-dogane": (
        "event_start '2021-03-04' for '2021-03-09'; event_end '2021-03-09' for None"
    ),
    "xt-trophees-entreprise-laureats": ("event_start None for '2023-11-16' (scored, not read)"),
    "xt-community-grants-council": ("event_start '2015-06-04' for None"),
    "xt-business-awards-winners": ("event_start None for '2014-10-02'"),
    "xt-jobs-fair-next-wednesday": ("kind 'call' for 'event'"),
    "xu-ca-ontario-early-researcher-2018": ("deadline_tz 'America/New_York' for 'America/Toronto'"),
    "xu-ca-bc-health-scholar-2021": ("deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"),
    "xu-eu-msca-pf-2021": ("event_start '2021-07-01' for None"),
    "xu-ca-partnership-development-2019": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "xu-au-ecr-internal-grants-2024": ("event_start '2023-07-12' for None"),
    "xu-uk-standard-research-grants-jan-2016": ("deadline '2016-01-11' for '2016-01-14'"),
    "xu-us-faculty-travel-grants-fall-2018": (
        "instant '2018-10-05' for '2018-10-06T05:59:00+00:00'; "
        "deadline_tz None for 'America/Denver' (scored, not read)"
    ),
    "xu-ca-bc-catalyst-grants-2027": ("deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"),
    "xu-us-rfa-due-date-extension-2020": (
        "deadline '2020-10-30' for '2020-11-09'; "
        "instant '2020-10-30T21:00:00+00:00' for '2020-11-09T22:00:00+00:00'"
    ),
    "xu-ca-bc-scholar-extension-2026": (
        "deadline_tz 'America/Los_Angeles' for 'America/Vancouver' (scored, not read)"
    ),
    "xu-us-preproposal-conference-2023": ("kind 'call' for 'event'"),
    "xu-ca-research-security-webinar-2025": (
        "deadline_tz 'America/New_York' for 'America/Toronto'"
    ),
    "xu-uk-grant-writing-programme-2020": ("event_end '2020-02-19' for '2020-02-26'"),
    "xu-ie-horizon-europe-cluster6-info-day-report-2022": (
        "deadline '2022-11-23' for None; event_start '2022-11-28' for '2022-11-23'"
    ),
    "xv-region-hdf-cheque-numerique-reouverture-2021": ("kind 'call' for 'extension'"),
    "xv-univ-lyon-colloque-transitions-prolongation-2026": (
        "event_start None for '2027-03-18'; event_end None for '2027-03-19'"
    ),
    "xv-puglia-avviso-startup-innovative-proroga-2025": (
        "deadline '2025-01-15' for '2025-02-05'; "
        "instant '2025-01-15' for '2025-02-05T22:59:59+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "xv-unibo-convegno-welfare-proroga-abstract-2027": (
        "event_start None for '2027-04-22'; event_end None for '2027-04-23' (scored, not read)"
    ),
    "xv-sardegna-esperti-valutatori-2026": (
        "instant '2026-10-26' for '2026-10-26T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "xv-ivace-jornadas-hidrogeno-ampliacion-inscripcion-2027": (
        "event_start None for '2027-05-27'; event_end None for '2027-05-28'"
    ),
    "xv-araid-panel-evaluadores-2027": (
        "deadline '2026-12-31' for '2026-11-30'; "
        "instant '2026-12-31' for '2026-11-30T22:59:00+00:00'; "
        "deadline_tz None for 'Europe/Madrid'"
    ),
    "xw-snf-projektfoerderung-april-2027": (
        "deadline '2027-11-30' for '2027-04-01'; "
        "instant '2027-11-30' for '2027-04-01T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Zurich' (scored, not read)"
    ),
    "xw-en-snsf-spark-2027": ("kind 'news' for 'call'"),
    "xw-dfg-spp-quantenmaterialien-2026": (
        "deadline '2026-07-08' for '2026-11-03' (scored, not read)"
    ),
    "xw-reallabore-foerderaufruf-2027": ("event_start '2027-01-20' for None"),
    "xw-mfund-foerderaufruf-2016": ("event_start '2016-09-20' for None (scored, not read)"),
    "xw-en-cfa-extension-swiss-innovation-conference-2027": (
        "event_start None for '2027-09-07'; event_end None for '2027-09-09'"
    ),
    "xw-hackathon-mobilitaet-leipzig-2027": (
        "event_start '2027-09-01' for '2027-06-11'; event_end None for '2027-06-13'"
    ),
    "xw-jahrestagung-netzwerk-leichtbau-berlin-2017": (
        "kind 'news' for 'event'; "
        "event_start '2016-10-10' for '2017-10-09'; "
        "event_end '2016-10-11' for '2017-10-10' (scored, not read)"
    ),
    "xw-lehrgang-innovationsmanager-ihk-2027": (
        "event_start '2027-03-13' for '2027-03-12' (scored, not read)"
    ),
    "xw-online-kurs-ki-fuer-kmu-2027": (
        "deadline '2027-11-12' for None; "
        "event_start None for '2027-10-04'; "
        "event_end None for '2027-11-12' (scored, not read)"
    ),
    "xw-pm-ergebnisse-foerderaufruf-wasserstoff-regionen-2027": (
        "kind 'call' for 'news'; "
        "deadline None for '2027-03-15'; "
        "instant None for '2027-03-15T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin' (scored, not read)"
    ),
    "xw-news-richtlinie-digitalbonus-novelliert-2023": (
        "kind 'call' for 'news'; deadline '2027-12-31' for None"
    ),
    "xx-ecds-2017-extended-deadline": (
        "event_start None for '2017-06-19'; event_end None for '2017-06-21' (scored, not read)"
    ),
    "xx-devtools-summit-2026-cfp": ("kind 'event' for 'call' (scored, not read)"),
    "xx-hacktheharbour-2026-recap": (
        "kind 'event' for 'news'; "
        "event_start '2026-10-12' for '2026-10-09'; "
        "event_end None for '2026-10-11'"
    ),
    "xx-bsmb-2027-travel-grants-extended": (
        "event_start None for '2027-03-22'; event_end None for '2027-03-24' (scored, not read)"
    ),
    "xx-iui-2015-workshop-proposals": ("deadline '2014-10-13' for '2014-10-15' (scored, not read)"),
    "xx-viscomp-2015-student-volunteers": ("deadline '2015-05-15' for '2015-06-01'"),
    "xx-eu-govtech-hackathon-brussels-2027": ("kind 'call' for 'event' (scored, not read)"),
    "xx-pycommunity-day-rome-2026": (
        "deadline '2026-03-20' for '2026-04-12'; "
        "instant '2026-03-20' for '2026-04-12T21:59:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "xx-nhci-2026-tutorials": ("event_end '2026-05-19' for '2026-05-22' (scored, not read)"),
    "xx-ueps-2027-community-service-award": ("deadline '2026-12-15' for '2027-01-31'"),
    "xx-pycascadia-2027-save-the-date": ("kind 'news' for 'event' (scored, not read)"),
    "xx-nsla-2026-cfp": ("event_start None for '2026-12-07'; event_end None for '2026-12-09'"),
    "xy-een-b2b-hannover-messe-2027": ("kind 'news' for 'event' (scored, not read)"),
    "xy-cluster-excellence-academy-spring-2024": ("event_end '2024-09-30' for '2024-07-09'"),
    "xy-medtech-robotics-mission-japan-2023": ("event_start '2023-10-18' for '2023-10-16'"),
    "xy-european-cluster-innovation-awards-2026": (
        "event_start None for '2026-12-03' (scored, not read)"
    ),
    "xy-trophees-innovation-grand-est-2025": ("event_start None for '2025-11-20'"),
    "xy-bando-voucher-digitali-i40-2027": (
        "deadline '2027-01-28' for '2027-03-15'; "
        "instant '2027-01-28' for '2027-03-15T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "xy-incontri-b2b-macfrut-2026": ("deadline None for '2026-04-24'"),
    "xy-premio-innovazione-lombardia-2026": (
        "event_start None for '2026-10-15' (scored, not read)"
    ),
    "xy-collettiva-regionale-gulfood-2027": (
        "event_start None for '2027-02-15'; event_end None for '2027-02-19' (scored, not read)"
    ),
    "xy-encuentros-b2b-smart-city-expo-2026": ("event_start '2026-11-17' for '2026-11-18'"),
    "xy-balance-mision-chile-peru-2022": (
        "event_start None for '2022-11-07'; event_end None for '2022-11-11'"
    ),
    "xy-premios-innovacion-cv-2026-ultimo-aviso": (
        "event_start None for '2026-11-12' (scored, not read)"
    ),
    "xy-jornada-ciberseguridad-industrial-2019": (
        "kind 'event' for 'news'; event_start '2019-06-18' for '2019-06-13' (scored, not read)"
    ),
    "xz-interreg-rhine-meuse-call3-2017": ("event_start '2017-03-22' for None"),
    "xz-edih-northwest-eoi-smes-2022": (
        "kind 'course' for 'call'; event_start '2022-11-17' for None"
    ),
    "xz-interreg-alpine-capitalisation-call-2015": (
        "instant '2016-01-20' for '2016-01-20T22:59:00+00:00'; deadline_tz None for 'Europe/Berlin'"
    ),
    "xz-cluster-peer-learning-eoi-2027": (
        "event_start '2027-05-11' for None; event_end '2027-05-12' for None"
    ),
    "xz-edih-brokerage-event-brussels-2019": (
        "event_start '2019-11-12' for '2019-12-03'; "
        "event_end '2019-11-13' for None (scored, not read)"
    ),
    "xz-european-cluster-conference-gdansk-2027": (
        "kind 'news' for 'event'; "
        "event_start '2025-06-04' for '2027-06-08'; "
        "event_end '2025-06-05' for '2027-06-10'"
    ),
    "xz-edih-digital-skills-academy-autumn-2026": ("event_start '2026-10-21' for '2026-10-14'"),
    "xz-cbe-info-day-report-2027": ("event_start '2027-01-22' for '2027-01-15' (scored, not read)"),
    "xz-cost-ca23102-training-school-tartu-extended": (
        "event_start None for '2027-04-12'; event_end None for '2027-04-16'"
    ),
    "ya-piemonte-bando-ricerca-industriale-due-fasi-2026": (
        "deadline '2027-07-01' for '2026-11-10'; "
        "instant '2027-07-01' for '2026-11-10T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "ya-veneto-avviso-contributi-fiere-pec-2019": (
        "event_start '2019-03-01' for None; event_end '2019-12-31' for None"
    ),
    "ya-cciaa-bologna-corso-europrogettazione-2017": ("deadline '2017-11-03' for '2017-10-31'"),
    "ya-marche-contributi-fiere-nazionali-2026": ("event_start '2027-05-31' for None"),
    "ya-cciaa-bergamo-bando-formazione-4-0-2026": (
        "deadline '2027-05-31' for '2026-11-30'; "
        "instant '2027-05-31' for '2026-11-30T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "ya-cciaa-lecce-click-day-voucher-turismo-2025": (
        "deadline '2025-05-08' for '2025-05-22'; "
        "instant '2025-05-08T14:00:00+00:00' for '2025-05-22T18:00:00+00:00' (scored, not read)"
    ),
    "ya-emilia-romagna-missione-startup-silicon-valley-2026": (
        "event_start None for '2026-10-12'; event_end None for '2026-10-16'"
    ),
    "ya-lombardia-call-hub-ricerca-innovazione-2027": (
        "deadline '2027-01-12' for '2027-02-25'; "
        "instant '2027-01-12' for '2027-02-25T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome'"
    ),
    "yb-sodercan-cheques-innovacion-2027": ("deadline None for '2027-04-30' (scored, not read)"),
    "yb-madrid-doctorados-industriales-2027": ("event_start '2027-01-29' for None"),
    "yb-secihti-estancias-posdoctorales-2027": (
        "instant '2027-04-08' for '2027-04-09T00:00:00+00:00'; "
        "deadline_tz None for 'America/Mexico_City'"
    ),
    "yb-barcelona-activa-aceleradora-2027": ("event_start '2027-06-10' for None"),
    "yb-cdti-jornada-cluster5-madrid-2027": (
        "event_start '2027-03-10' for '2027-03-09'; event_end '2027-03-11' for None"
    ),
    "yb-cdti-infoday-eic-accelerator-2027": ("kind 'call' for 'event'"),
    "yb-madrid-resolucion-atraccion-talento-2021": (
        "event_start '2021-05-01' for None (scored, not read)"
    ),
    "yb-minciencias-adenda-jovenes-investigadores-2024": (
        "kind 'call' for 'extension' (scored, not read)"
    ),
    "yb-congreso-aecr-ampliacion-resumenes-2027": (
        "event_start None for '2027-10-21'; event_end None for '2027-10-23' (scored, not read)"
    ),
    "yc-wallonie-formation-pi-2027": (
        "kind 'news' for 'course'; "
        "event_start None for '2027-01-12'; "
        "event_end None for '2027-01-26'"
    ),
    "yc-occitanie-readynov-2027": ("event_start '2027-07-15' for None"),
    "yc-curie-formation-contrats-recherche-2027": ("event_end '2027-10-15' for '2027-03-19'"),
    "yc-bpifrance-iphd-2026-laureats": (
        "kind 'call' for 'news'; "
        "deadline None for '2026-03-18'; "
        "instant None for '2026-03-18T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Paris'; "
        "event_start None for '2026-10-12'"
    ),
    "yc-frq-audace-2027-en": ("deadline_tz 'America/New_York' for 'America/Toronto'"),
    "yd-slack-hackathon-signup-may-2025": ("event_end None for '2025-05-11'"),
    "yd-gradschool-digest-travel-grants-2026": (
        "kind 'course' for 'call'; "
        "deadline None for '2026-03-03'; "
        "event_start '2026-02-09' for None; "
        "event_end '2026-02-23' for None (scored, not read)"
    ),
    "yd-reminder-48h-eic-pathfinder-2025": (
        "deadline '2025-03-10' for '2025-03-12'; "
        "instant '2025-03-10T17:00:00+00:00' for '2025-03-12T16:00:00+00:00' (scored, not read)"
    ),
    "yd-discord-jam-signup-oct-2024": (
        "kind 'call' for 'event'; "
        "event_start None for '2024-10-25'; "
        "event_end None for '2024-10-27'"
    ),
    "yd-linkedin-recap-fairdata-workshop-2019": (
        "event_start None for '2019-06-11'; event_end None for '2019-06-12'"
    ),
    "yd-it-mailinglist-proroga-bando-voucher-2021": (
        "deadline_tz 'Europe/Brussels' for 'Europe/Rome'"
    ),
    "yd-digest-hci-list-phd-symposium-2023": (
        "deadline '2023-03-03' for '2023-03-31'; event_start '2023-05-01' for '2023-06-05'"
    ),
    "yd-lastchance-erasmus-staff-mobility-2022": ("event_start '2022-12-23' for None"),
    "yd-forum-rust-meetup-aug-2018": (
        "deadline None for '2018-08-13'; "
        "event_start '2018-08-02' for '2018-08-14'; "
        "event_end '2018-08-03' for None (scored, not read)"
    ),
    "yd-newsletter-mooc-climate-adaptation-2025": ("deadline '2024-12-20' for '2025-01-10'"),
    "yd-ext-cfp-mlsys-edge-2024": (
        "event_start None for '2024-05-20'; event_end None for '2024-05-22' (scored, not read)"
    ),
    "yd-slack-reading-group-jan-2020": ("event_end '2020-02-06' for None (scored, not read)"),
    "yd-news-hackathon-winners-oct-2021": (
        "event_start '2021-11-25' for '2021-10-16'; event_end None for '2021-10-17'"
    ),
    "yd-research-office-digest-infoday-cl5-2026": ("deadline '2026-09-28' for '2026-09-30'"),
    "yd-fr-linkedin-bilan-salon-agrotech-2022": (
        "kind 'event' for 'news'; "
        "event_start '2022-10-21' for '2022-10-04'; "
        "event_end None for '2022-10-05'"
    ),
    "yd-it-newsletter-premio-tesi-mobilita-2023": (
        "kind 'news' for 'call'; "
        "deadline None for '2023-09-15'; "
        "instant None for '2023-09-15T21:59:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "yd-linkedin-accelerator-cohort5-2027": (
        "kind 'course' for 'call'; event_start '2027-03-01' for None"
    ),
    "yd-webinar-open-peer-review-multi-zone-2021": ("event_end '2021-06-10' for None"),
    "yd-discord-summer-school-quantum-2019": (
        "event_start '2019-04-03' for '2019-07-01'; event_end None for '2019-07-12'"
    ),
    "yd-linkedin-climate-tech-drinks-jul-2022": (
        "deadline None for '2022-07-18'; "
        "event_start '2022-07-18' for '2022-07-20'; "
        "event_end '2022-07-20' for None (scored, not read)"
    ),
    "yd-dept-newsletter-call-posters-showcase-2024": (
        "event_start None for '2024-03-14' (scored, not read)"
    ),
    "yd-it-news-conclusa-fiera-robotica-2026": (
        "event_start '2026-06-25' for '2026-05-13'; event_end None for '2026-05-14'"
    ),
    "yd-reminder-info-session-tomorrow-nov-2026": (
        "event_start '2027-01-12' for '2026-11-10' (scored, not read)"
    ),
    "ye-doe-sc-early-career-fy2027": ("event_start '2026-12-17' for None"),
    "ye-orf-research-excellence-round-13": (
        "deadline '2027-04-22' for '2027-01-14'; "
        "instant '2027-04-22T21:00:00+00:00' for '2027-01-14T22:00:00+00:00'; "
        "deadline_tz 'America/New_York' for 'America/Toronto'"
    ),
    "ye-bc-health-research-scholar-2027": (
        "deadline_tz 'America/Los_Angeles' for 'America/Vancouver' (scored, not read)"
    ),
    "ye-frq-team-research-projects-2027": (
        "deadline '2027-02-03' for '2026-09-16'; "
        "instant '2027-02-03T21:00:00+00:00' for '2026-09-16T20:00:00+00:00'; "
        "deadline_tz 'America/New_York' for 'America/Toronto'"
    ),
    "ye-nih-arra-challenge-grants-2009": ("event_start '2009-04-28' for None"),
    "ye-crane-fellowship-2027-28": (
        "kind 'course' for 'call'; "
        "event_start '2026-09-15' for None; "
        "event_end '2027-03-05' for None (scored, not read)"
    ),
    "ye-oac-literary-creation-projects-2027": (
        "deadline_tz 'America/New_York' for 'America/Toronto'"
    ),
    "ye-nyserda-pon-5912-grid-storage": (
        "deadline '2027-02-02' for '2027-03-04'; "
        "instant '2027-02-02T15:00:00+00:00' for '2027-03-04T20:00:00+00:00'"
    ),
    "ye-texas-tceq-terp-rebate-2027": (
        "deadline '2027-04-20' for '2027-06-10'; "
        "instant '2027-04-20T18:30:00+00:00' for '2027-06-10T22:00:00+00:00' (scored, not read)"
    ),
    "ye-bckdf-intake-2014": ("deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"),
    "ye-darpa-baa-hr001127s0004-resilient-autonomy": (
        "deadline '2026-12-03' for '2027-02-04'; "
        "instant '2026-12-03T17:00:00+00:00' for '2027-02-04T17:00:00+00:00'; "
        "event_start '2026-10-27' for None (scored, not read)"
    ),
    "ye-tulsa-main-street-innovation-challenge": ("deadline_tz 'America/Chicago' for None"),
    "ye-nih-not-extension-rfa-mh-27-150": ("deadline '2027-01-15' for '2027-02-12'"),
    "ye-masscec-rfp-amendment-2-offshore-wind": (
        "kind 'call' for 'extension'; "
        "deadline None for '2027-03-23'; "
        "instant None for '2027-03-23T18:00:00+00:00'; "
        "deadline_tz None for 'America/New_York' (scored, not read)"
    ),
    "ye-oce-discovery-2027-registration": ("deadline_tz 'America/New_York' for 'America/Toronto'"),
    "ye-carma-research-management-essentials-2027": (
        "kind 'event' for 'course'; deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"
    ),
    "ye-osu-extension-grant-writing-short-course-2012": (
        "deadline None for '2012-10-01'; event_end None for '2012-10-20' (scored, not read)"
    ),
    "ye-michigan-sep-grants-announced-2009": (
        "kind 'call' for 'news'; deadline '2010-09-30' for '2009-06-12' (scored, not read)"
    ),
    "ye-innovate-bc-ignite-extension-2021": (
        "deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"
    ),
    "ye-chi-urban-data-2027-deadline-extension": (
        "event_start None for '2027-06-23'; event_end None for '2027-06-25'"
    ),
    "yf-ihk-unternehmerfruehstueck-lahr-2016": (
        "event_start '2016-10-05' for '2016-10-11'; event_end '2016-10-25' for None"
    ),
    "yf-sommerakademie-gruenderinnen-kassel-2025": (
        "event_start '2025-05-19' for '2025-07-07'; "
        "event_end '2025-06-20' for '2025-07-10' (scored, not read)"
    ),
    "yf-ihk-nachfolgetag-muenster-2013": (
        "deadline None for '2013-11-08'; event_start '2013-10-21' for '2013-11-14'"
    ),
    "yf-ihk-neujahrsempfang-bericht-2015": (
        "kind 'event' for 'news'; event_start '2015-03-07' for '2015-01-14'"
    ),
    "yf-innovationsscheck-kanton-stgallen-2019": (
        "kind 'event' for 'call'; deadline None for '2019-09-30'; event_start '2019-08-29' for None"
    ),
    "yf-energieeffizienztag-landratsamt-2026": (
        "deadline None for '2026-04-30'; "
        "instant None for '2026-04-30T14:00:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin'; "
        "event_start '2026-04-08' for '2026-05-07' (scored, not read)"
    ),
    "yf-ausbildungsmesse-bilanz-2018": (
        "kind 'event' for 'news'; "
        "event_start None for '2018-09-21'; "
        "event_end None for '2018-09-22' (scored, not read)"
    ),
    "yf-premio-startup-brescia-2019": (
        "deadline None for '2019-11-10'; "
        "instant None for '2019-11-10T22:59:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "yf-convegno-credito-imprese-domani-2016": (
        "instant '2016-05-11' for '2016-05-11T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Rome' (scored, not read)"
    ),
    "yf-fiera-artigianato-cuneo-bilancio-2014": (
        "deadline '2014-09-21' for None; "
        "event_start None for '2014-09-19'; "
        "event_end None for '2014-09-21'"
    ),
    "yf-jornada-internacionalizacion-proximo-martes-2017": (
        "deadline None for '2017-05-08'; "
        "event_start '2017-06-19' for '2017-05-09'; "
        "event_end '2017-06-22' for None (scored, not read)"
    ),
    "yf-jornada-hidrogeno-verde-celebrada-ayer-2023": (
        "kind 'event' for 'news'; event_start '2023-06-15' for '2023-06-14'"
    ),
    "yf-resolucion-ayudas-innovacion-galicia-2012": (
        "kind 'call' for 'news'; deadline '2012-10-31' for '2012-07-31'"
    ),
    "yg-regiosci-2027-cfp-struck": (
        "kind 'extension' for 'call'; "
        "event_start None for '2027-06-14'; "
        "event_end None for '2027-06-16'"
    ),
    "yg-growth-vouchers-batches-2027": (
        "deadline '2027-02-28' for '2027-04-30'; "
        "instant '2027-02-28' for '2027-04-30T16:00:00+00:00'; "
        "deadline_tz None for 'Europe/London' (scored, not read)"
    ),
    "yg-agrobotix-cascade-open-calls": (
        "deadline '2027-04-22' for '2027-05-31'; "
        "instant '2027-04-22T12:00:00+00:00' for '2027-05-31T15:00:00+00:00'"
    ),
    "yg-westbury-fellowships-2014": ("deadline None for '2014-12-01'"),
    "yg-jrip-special-issue-transitions": ("event_start '2027-09-17' for None"),
    "yg-hartwell-foundation-loi-2027": (
        "deadline '2027-05-12' for '2027-03-03'; "
        "instant '2027-05-12T21:00:00+00:00' for '2027-03-03T22:00:00+00:00' (scored, not read)"
    ),
    "yg-matchmaking-bioeconomy-report-2026": (
        "event_start '2026-01-02' for '2026-10-06'; event_end None for '2026-10-07'"
    ),
    "yg-ukri-net-zero-clusters-outline-extension": ("kind 'call' for 'extension'"),
    "yg-sme-phase1-cutoffs-2016": (
        "deadline '2017-01-18' for '2016-09-07'; "
        "instant '2017-01-18' for '2016-09-07T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "yg-webinar-series-s4-2027": (
        "deadline '2027-05-18' for None; "
        "deadline_tz 'Europe/Brussels' for None; "
        "event_end None for '2027-06-16' (scored, not read)"
    ),
    "yg-fr-colloque-asrdlf-2027-cfp": (
        "kind 'extension' for 'call'; "
        "event_start None for '2027-03-31'; "
        "event_end None for '2027-04-02'"
    ),
    "yg-de-konferenz-cluster-cfp-dresden": (
        "kind 'extension' for 'call'; "
        "event_start None for '2027-04-21'; "
        "event_end None for '2027-04-23'"
    ),
    "yg-de-gemeinschaftsstand-hannover-2027": ("kind 'event' for 'call'"),
    "yh-de-08-clustermanagement-akademie": ("kind 'event' for 'course'"),
    "yh-en-21-cluster-manager-academy-2025": (
        "event_start None for '2025-09-15'; event_end None for '2025-11-17'"
    ),
    "yh-en-45-eu-canada-cluster-mission": (
        "event_start None for '2019-06-03'; event_end None for '2019-06-07'"
    ),
    "yj-en-07-kes-extension": (
        "event_start None for '2027-08-23'; event_end None for '2027-08-26'"
    ),
    "yj-en-13-icwsm-workshops": ("event_end '2027-06-21' for '2027-06-24' (scored, not read)"),
    "yj-en-14-socs-extension": (
        "event_start None for '2027-06-28'; event_end None for '2027-07-02' (scored, not read)"
    ),
    "yj-en-17-lba-montreal": ("deadline_tz 'America/New_York' for 'America/Toronto'"),
    "yj-en-20-two-rounds": (
        "deadline None for '2027-01-15'; "
        "instant None for '2027-01-16T11:59:00+00:00'; "
        "deadline_tz None for 'AoE' (scored, not read)"
    ),
    "yj-en-22-workshop-extension": ("event_start None for '2027-07-12'"),
    "yj-en-24-tallinn-event": (
        "kind 'news' for 'event'; "
        "event_start '2027-03-31' for '2027-05-24'; "
        "event_end None for '2027-05-26' (scored, not read)"
    ),
    "yj-fr-28-report-montpellier": (
        "event_start None for '2027-06-24'; event_end None for '2027-06-25'"
    ),
    "yj-en-32-online-seminar": ("event_end '2026-12-02' for None"),
    "yj-en-34-uk-extension": ("event_start None for '2027-07-07'; event_end None for '2027-07-09'"),
    "yj-en-36-awards-june": (
        "kind 'call' for 'news'; event_start None for '2027-06-14'; event_end None for '2027-06-17'"
    ),
    "yj-en-39-hard-deadline-ext": (
        "event_start None for '2027-10-04'; event_end None for '2027-10-06'"
    ),
    "yj-de-42-jahrestagung-muenster": (
        "deadline '2027-09-01' for '2027-01-31'; "
        "instant '2027-09-01' for '2027-01-31T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Berlin'"
    ),
    "yk-en-04-scientific-writing-tuesdays": ("kind 'call' for 'course'"),
    "yk-en-06-exec-innovation-leadership": (
        "deadline '2026-12-01' for '2027-01-15'; "
        "event_end '2027-03-12' for '2027-05-21' (scored, not read)"
    ),
    "yk-en-08-cuda-tutorial": ("kind 'event' for 'course'"),
    "yk-en-12-toronto-winter-school-et": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "yk-en-17-open-science-webinar-series": ("deadline '2027-01-07' for None (scored, not read)"),
    "yk-de-02-zertifikatskurs-wien-mittwochs": ("deadline_tz 'Europe/Berlin' for 'Europe/Vienna'"),
    "yk-de-04-infoabend-master-zuerich": ("deadline_tz 'Europe/Berlin' for 'Europe/Zurich'"),
    "yk-fr-02-formation-doctorale-bruxelles-mardis": (
        "deadline_tz 'Europe/Paris' for 'Europe/Brussels' (scored, not read)"
    ),
    "yl-en-06-iccs-paper-extension": (
        "event_start None for '2027-06-14'; event_end None for '2027-06-16'"
    ),
    "yl-en-07-vienna-infoday-cancelled": ("kind 'news' for 'event' (scored, not read)"),
    "yl-en-11-industrial-doctorates-reopened": ("kind 'extension' for 'call' (scored, not read)"),
    "yl-en-13-demo-day-open-call-2": ("kind 'call' for 'event'"),
    "yl-en-17-partnership-grants-extended-ca": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "yl-en-21-seed-fund-round-9": ("deadline_tz 'Europe/London' for 'UTC'"),
    "yl-fr-05-reouverture-aap-tiers-lieux": ("kind 'extension' for 'call'"),
    "ym-en-03-nwo-veni": (
        "deadline '2026-12-01' for '2027-01-12'; "
        "instant '2026-12-01' for '2027-01-12T13:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels' (scored, not read)"
    ),
    "ym-en-10-mrc-nirg": ("deadline_tz 'Europe/London' for 'UTC'"),
    "ym-en-31-ukri-webinar": ("deadline_tz 'Europe/London' for 'UTC' (scored, not read)"),
    "ym-en-33-writing-retreat": ("kind 'call' for 'event'"),
    "ym-en-37-sg-grant-workshop": ("kind 'event' for 'course' (scored, not read)"),
    "ym-en-38-research-leadership-programme": (
        "kind 'call' for 'course'; "
        "deadline '2028-05-26' for '2027-05-15'; "
        "event_start None for '2027-09-06'; "
        "event_end None for '2028-05-26'"
    ),
    "ym-en-39-funding-module-online": (
        "kind 'call' for 'course'; event_start None for '2027-03-01' (scored, not read)"
    ),
    "ym-en-45-grant-writing-week-report": ("kind 'event' for 'news'"),
    "yn-es-29-cdti-retornos-horizonte-2024": ("kind 'call' for 'news'"),
    "yn-en-36-alpine-space-second-call-approved": ("event_start '2023-12-01' for None"),
    "yo-es-04-jornadas-barcelona-ia": ("deadline None for '2027-04-28'"),
    "yo-es-10-hackathon-malaga-turismo": (
        "kind 'call' for 'event'; "
        "event_start None for '2027-03-20'; "
        "event_end None for '2027-03-21'"
    ),
    "yo-es-18-cronica-feria-bilbao": (
        "event_start '2026-06-11' for '2026-06-09'; event_end None for '2026-06-11'"
    ),
    "yo-it-23-proroga-abstract-bologna": (
        "event_start None for '2027-05-20'; event_end None for '2027-05-21'"
    ),
    "yo-es-22-ampliacion-curso-zaragoza": (
        "event_start None for '2019-01-21'; event_end None for '2019-03-22' (scored, not read)"
    ),
    "yp-fr-30-parcours-export-namur": (
        "kind 'call' for 'course'; "
        "event_start None for '2019-03-18'; "
        "event_end None for '2019-06-17'"
    ),
    "yq-en-08-ca-supercluster": ("deadline_tz 'America/New_York' for 'America/Toronto'"),
    "yq-en-23-extended-abstracts-aoe": (
        "event_start None for '2023-10-11'; event_end None for '2023-10-13'"
    ),
    "yq-en-24-extension-next-monday": ("kind 'call' for 'extension' (scored, not read)"),
    "yq-de-03-weiterbildung-clustermgmt": (
        "deadline '2024-10-25' for None; event_end None for '2024-10-25'"
    ),
    "yq-de-05-frist-verlaengert-ch": ("deadline_tz 'Europe/Berlin' for 'Europe/Zurich'"),
    "yr-03-nserc-alliance-quantum-loi": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "yr-08-astar-summer-research-school": (
        "kind 'call' for 'course'; "
        "event_start None for '2027-06-07'; "
        "event_end None for '2027-07-30' (scored, not read)"
    ),
    "yr-10-sshrc-connection-grants": (
        "instant '2019-08-01' for '2019-08-02T00:00:00+00:00'; "
        "deadline_tz None for 'America/Toronto'"
    ),
    "yr-14-alberta-innovates-agri-tech": (
        "deadline_tz 'America/Denver' for 'America/Edmonton' (scored, not read)"
    ),
    "yr-22-cihr-project-grant-fall-2026": ("deadline_tz 'America/New_York' for 'America/Toronto'"),
    "yr-24-orf-research-infrastructure-2020": (
        "deadline_tz 'America/New_York' for 'America/Toronto'"
    ),
    "yr-25-healthresearchbc-scholar-2024": (
        "deadline_tz 'America/Los_Angeles' for 'America/Vancouver'"
    ),
    "yr-32-advance-qld-industry-fellowships": (
        "instant '2024-12-05T06:00:00+00:00' for '2024-12-05T07:00:00+00:00'; "
        "deadline_tz 'Australia/Sydney' for 'Australia/Brisbane'"
    ),
    "yr-36-sshrc-partnership-dev-extension": (
        "deadline_tz 'America/New_York' for 'America/Toronto'"
    ),
    "yr-40-canadian-ocean-science-2027-cfa": (
        "deadline_tz 'America/Los_Angeles' for 'America/Vancouver' (scored, not read)"
    ),
    "ys-fr-03-louvain-transitions": (
        "deadline '2026-11-20' for '2026-12-15'; "
        "instant '2026-11-20' for '2026-12-15T16:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "ys-fr-06-ic2019": (
        "deadline None for '2019-02-13'; "
        "instant None for '2019-02-14T11:59:00+00:00'; "
        "deadline_tz None for 'AoE' (scored, not read)"
    ),
    "ys-fr-08-sfe-rennes-programme": ("kind 'news' for 'event' (scored, not read)"),
    "ys-fr-10-jdir-prolongation": (
        "event_start None for '2022-05-30'; event_end None for '2022-06-01'"
    ),
    "ys-it-05-mobilita-milano": (
        "event_start None for '2018-10-11'; event_end None for '2018-10-12'"
    ),
    "ys-it-09-geologia-catania-proroga": (
        "deadline None for '2023-03-15'; "
        "instant None for '2023-03-15T22:59:00+00:00'; "
        "deadline_tz None for 'Europe/Rome'; "
        "event_start None for '2023-06-21'; "
        "event_end None for '2023-06-23'"
    ),
    "ys-es-04-cpln-granada": ("event_start None for '2021-06-29'; event_end None for '2021-07-02'"),
    "ys-es-09-geografia-zaragoza-ampliacion": (
        "deadline '2027-02-14' for '2027-02-28'; "
        "event_start None for '2027-05-26'; "
        "event_end None for '2027-05-28'"
    ),
    "yt-fr-01-journee-cluster5-lyon": (
        "deadline '2027-01-13' for '2027-01-08'; "
        "instant '2027-01-13' for '2027-01-08T11:00:00+00:00'; "
        "deadline_tz None for 'Europe/Paris' (scored, not read)"
    ),
    "yt-en-04-ext-qc-forum": (
        "deadline_tz 'Europe/London' for 'UTC'; "
        "event_start None for '2027-02-24'; "
        "event_end None for '2027-02-25'"
    ),
    "yt-es-02-curso-intro-hpc": (
        "event_start '2027-03-11' for '2027-03-02'; "
        "event_end None for '2027-03-11' (scored, not read)"
    ),
    "yt-en-11-ext-ri-fair": ("event_start None for '2027-04-27'"),
    "yt-it-04-fiera-ricerca-visitatori": ("kind 'news' for 'event'"),
    "yt-en-15-ca-info-webinar": (
        "deadline_tz 'America/New_York' for 'America/Toronto'; event_end '2027-03-10' for None"
    ),
    "yt-en-19-interreg-info-day-2020": (
        "deadline '2020-09-25' for '2020-10-01' (scored, not read)"
    ),
    "yt-en-20-dmp-drop-in": (
        "kind 'call' for 'event'; deadline '2027-01-13' for None; event_start None for '2027-01-13'"
    ),
    "yt-de-06-ext-matchmaking-wasserstoff": ("event_start None for '2021-01-27'"),
    "yt-fr-06-ca-webinaire-partenariats": ("event_end '2026-11-13' for None"),
    "yu-en-01-hackathon-tampere": ("event_end None for '2026-10-11'"),
    "yu-en-05-appointment-director-2015": ("event_start '2015-10-01' for None"),
    "yu-es-03-hackathon-bilbao-ayer": (
        "deadline '2023-11-19' for None; "
        "deadline_tz 'Europe/Madrid' for None; "
        "event_start None for '2023-11-18'; "
        "event_end None for '2023-11-19'"
    ),
    "yu-de-04-hannover-messe-gemeinschaftsstand": (
        "event_start '2019-04-05' for '2019-04-01'; event_end None for '2019-04-05'"
    ),
    "yu-en-09-mooc-smart-specialisation": ("event_start None for '2027-06-14'"),
    "yu-it-04-nuovi-soci-cluster-fabbrica": ("event_start '2018-10-09' for None"),
    "yu-en-13-cluster-conference-bratislava": (
        "deadline '2016-10-20' for None; "
        "event_start None for '2016-10-18'; "
        "event_end None for '2016-10-20'"
    ),
    "yu-en-20-new-chair-board": ("event_start '2027-01-01' for None"),
    "yv-en-09-agrirobotics-ext": (
        "deadline '2027-05-15' for '2027-05-29'; "
        "instant '2027-05-15' for '2027-05-29T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "yv-en-14-cleantech-rounds-ca": (
        "deadline None for '2026-03-11'; "
        "instant None for '2026-03-11T21:00:00+00:00'; "
        "deadline_tz None for 'America/Toronto' (scored, not read)"
    ),
    "yv-en-15-heritage-cutoff-closed": (
        "deadline None for '2026-09-15'; "
        "instant None for '2026-09-15T15:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "yv-it-16-laboratori-registrazione": ("kind 'news' for 'call'"),
    "yv-en-23-vouchers-cutoff2-ext": (
        "deadline '2027-03-31' for '2026-12-14'; "
        "instant '2027-03-31' for '2026-12-14T16:00:00+00:00'; "
        "deadline_tz None for 'Europe/Brussels'"
    ),
    "yv-en-25-fisheries-tab-table": ("deadline_tz 'Europe/London' for 'UTC'"),
    "yv-de-36-brueckenprojekte-ch": (
        "deadline '2027-06-30' for '2027-10-01'; "
        "instant '2027-06-30T15:00:00+00:00' for '2027-10-01T15:00:00+00:00' (scored, not read)"
    ),
    "yv-en-37-icsbt-abstract-ext": (
        "event_start None for '2027-06-21'; event_end None for '2027-06-23' (scored, not read)"
    ),
    "yv-en-41-health-data-registration": (
        "deadline '2027-01-21' for '2027-01-07'; "
        "deadline_tz 'Europe/Brussels' for None; "
        "event_start '2027-03-11' for None"
    ),
    "yv-en-42-living-lab-endof": (
        "kind 'news' for 'call'; deadline None for '2027-06-30' (scored, not read)"
    ),
    "yw-en-18-peer-review-riga-ext": (
        "event_start None for '2015-09-24'; event_end None for '2015-09-25' (scored, not read)"
    ),
    "yw-de-24-cluster-akademie-at": (
        "event_start '2019-11-14' for '2019-03-21'; event_end None for '2019-11-14'"
    ),
    "yw-en-29-partnerships-kickoff": ("kind 'event' for 'news'"),
    "yw-en-45-matchmaking-grants": ("event_start '2019-09-15' for None"),
    "yx-de-02-clusterland-tag-linz": ("event_start None for '2026-11-09'"),
    "yx-fr-20-mooc-innovation-territoriale": ("event_end None for '2025-04-15' (scored, not read)"),
    "yx-it-33-call-abstract-padova": ("event_end None for '2027-10-01' (scored, not read)"),
    "yx-it-34-news-bari-festival": (
        "deadline '2019-05-17' for None; "
        "event_start None for '2019-05-15'; "
        "event_end None for '2019-05-17' (scored, not read)"
    ),
    "yy-en-02-mlsys-workshop-ext": (
        "event_start None for '2027-06-14'; event_end None for '2027-06-15'"
    ),
    "yy-en-04-amended-timeline": ("kind 'call' for 'extension'"),
    "yy-en-06-hpcasia-registration": (
        "event_start None for '2027-06-09'; event_end None for '2027-06-11' (scored, not read)"
    ),
    "yy-en-10-symposium-abstracts-pt": (
        "event_start None for '2021-04-19'; event_end None for '2021-04-21'"
    ),
    "yy-en-11-canadian-partnership": (
        "deadline_tz 'America/New_York' for 'America/Toronto' (scored, not read)"
    ),
    "yy-en-12-fellowship-gmt": ("deadline_tz 'Europe/London' for 'UTC'"),
    "yy-en-16-call-round2-no-extension": ("kind 'extension' for 'call' (scored, not read)"),
    "yy-de-04-ch-tagung-anmeldung": (
        "event_start None for '2021-10-28'; event_end None for '2021-10-29'"
    ),
    "yy-fr-03-colloque-inscriptions": (
        "event_start None for '2022-06-02'; event_end None for '2022-06-03'"
    ),
    "yy-fr-04-rectificatif-calendrier": ("kind 'call' for 'extension'"),
    "yy-es-02-congreso-resumenes": (
        "event_start None for '2023-06-14'; event_end None for '2023-06-16'"
    ),
    "yy-es-03-jornada-inscripcion": ("event_start None for '2021-05-13'"),
    "yy-it-04-convegno-iscrizioni": (
        "event_start None for '2025-10-20'; event_end None for '2025-10-21' (scored, not read)"
    ),
    "yz-en-01-walsh-early-career-prize": ("event_start None for '2027-04-22' (scored, not read)"),
    "yz-en-02-northbridge-climate-startup": ("deadline_tz 'Europe/London' for 'UTC'"),
    "yz-de-02-lehrpreis-innsbruck": ("event_start None for '2027-03-12'"),
    "yz-fr-02-prix-wallon-innovation-sociale": ("event_start None for '2027-03-25'"),
    "yz-it-02-premio-leonardo-cerimonia": (
        "kind 'call' for 'event'; event_start None for '2026-12-12'"
    ),
    "yz-en-07-pitchfest-2027-boston": ("event_start None for '2027-04-09' (scored, not read)"),
    "yz-en-11-green-campus-awards-2020-online": (
        "kind 'call' for 'event'; event_start None for '2020-12-03'"
    ),
    "yz-en-13-women-innovators-prize-2027": ("event_start None for '2027-05-04'"),
    "yz-en-15-ontario-young-innovator-award": (
        "deadline_tz 'America/New_York' for 'America/Toronto'"
    ),
    "yz-en-17-three-minute-thesis-2019": ("event_start None for '2019-10-17'"),
    "yz-en-19-midwest-undergrad-poster-competition": (
        "event_start None for '2027-07-15' (scored, not read)"
    ),
    "yz-fr-07-prix-jeune-chercheure-sfb": ("event_start '2026-05-18' for None"),
    "za-en-01-uu-phd-defence": ("kind 'course' for 'event' (scored, not read)"),
    "za-en-07-tudelft-masters-open-day": ("kind 'course' for 'event'"),
    "za-en-08-ucl-bayes-short-course": (
        "kind 'news' for 'course'; "
        "deadline None for '2027-03-29'; "
        "instant None for '2027-03-29T16:00:00+00:00'; "
        "deadline_tz None for 'Europe/London' (scored, not read)"
    ),
    "za-en-11-lmu-lecture-series": ("event_end None for '2026-02-03'"),
    "za-en-15-helmholtz-info-webinar": ("event_end '2026-11-26' for None"),
    "za-en-18-unibo-summer-school-report": ("kind 'course' for 'news'"),
    "za-en-26-uib-masters-travel": (
        "kind 'course' for 'call'; event_start '2027-02-01' for None (scored, not read)"
    ),
    "za-en-42-tcd-horizon-europe-consortium": ("kind 'call' for 'news' (scored, not read)"),
}


def _records() -> list[dict]:
    return [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line]


def _cases() -> list:
    return [
        pytest.param(
            record,
            id=record["id"],
            marks=pytest.mark.xfail(reason=KNOWN_MISSES[record["id"]], strict=True)
            if record["id"] in KNOWN_MISSES
            else (),
        )
        for record in _records()
    ]


@pytest.mark.parametrize("record", _cases())
def test_written_probe_is_read_as_labelled(record: dict):
    score = evaluate([record])
    assert score.misses == []


def test_every_known_miss_names_a_probe():
    ids = {record["id"] for record in _records()}
    assert set(KNOWN_MISSES) <= ids
