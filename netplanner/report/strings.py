"""Every word of the mentoring plan PDF, in English and Swedish, in one place.

The report is also made from the command line, where the GUI's Qt translator is not loaded, so it
carries its own small dictionaries. Keys are the same in both languages (a test checks that).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

LANGUAGES: Final = ("en", "sv")

STRINGS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "doc_title": "Mentoring plan",
        "subtitle": "The people who support my development, and how I keep in touch with them",
        "plan_of": "Plan of {name}",
        "plan_of_nobody": "My mentoring plan",
        "period": "Period",
        "period_value": "{start} – {end} ({weeks} weeks)",
        "made_on": "Made on",
        "summary_goals": "Active goals",
        "summary_people": "People supporting them",
        "summary_touches": "Planned contacts",
        "summary_owed": "Follow-ups and thank-yous owed",
        "private_included": "This copy includes private notes. Keep it to yourself.",
        "contents": "Contents",
        "s_goals": "Goals and the people who support them",
        "s_schedule": "Outreach schedule",
        "s_owed": "Follow-ups and thank-yous",
        "s_balance": "Give and take",
        "s_health": "Relationship strength",
        "s_maps": "Supporters on the network map",
        "maps_intro": "For each goal: you (★) and the people who support it, sized by how much they matter "
                      "for it, coloured by department, with the ties between them; an orange ring is a "
                      "relationship that is fading, a dotted line a strong relationship of yours.",
        "s_checklist": "Review checklist",
        "competence": "Competence need",
        "why": "Why",
        "target": "Target date",
        "no_target": "not set",
        "priority": "Priority",
        "coverage": "Coverage",
        "supporters": "Who supports this goal",
        "person": "Person",
        "role": "Role",
        "relevance": "Relevance",
        "strength": "Strength",
        "learn": "What I want to learn",
        "open_questions": "Open questions",
        "private_notes": "Private notes",
        "answers": "Answers so far",
        "gaps": "Gaps",
        "next_steps": "Next steps",
        "no_next_steps": "No next steps written yet.",
        "projects": "Projects serving this goal",
        "project_members": "with {members}",
        "project_paused": "paused",
        "project_done": "done",
        "project_dropped": "dropped",
        "never_met": "not met yet",
        "flag_no_support": "Nobody supports this goal yet.",
        "flag_no_strong_support": "No strong supporter: every tie is weak.",
        "flag_no_mentor": "No mentor for this goal.",
        "flag_fading": "Your {role} {name} is fading.",
        "flag_lost": "Your {role} {name} has gone quiet for much longer than usual.",
        "flag_not_met": "You have not met your {role} {name} yet.",
        "flag_single_supporter": "Only {name} supports this goal: find a second perspective.",
        "flag_one_department": "All {count} supporters sit in {department}: one perspective only.",
        "flag_find_prospect": "Nobody in your network has expertise in {area}: find someone new "
                              "(ask your contacts whom they would ask).",
        "suggestion": "Talk to {name}, who is not linked to this goal yet: {reason}.",
        "why_expertise": "knows {value}",
        "why_profile": "mentions {value} in their profile",
        "why_shares": "shares knowledge {value}",
        "why_shares_little": "rarely shares knowledge ({value})",
        "why_strength": "strength {value}%",
        "why_not_met": "not met yet",
        "why_department": "from {value}: a new perspective",
        "why_joiner": "; ",
        "suggested": "People to consider",
        "gap_target_passed": "The target date has passed: set a new date or mark the goal achieved.",
        "gap_none": "No gaps found.",
        "no_goals": "No active goals yet. Start by writing down one competence you want to develop, and why; "
                    "then note who has experience in it.",
        "schedule_intro": "At most {capacity} contacts a week, the most important and most urgent first. "
                          "Follow-ups come first.",
        "week": "Week",
        "week_label": "Week {number}, from {date}",
        "touch": "Contact",
        "why_now": "Why now",
        "ask": "Questions to ask",
        "no_schedule": "Nothing to plan for these weeks. Link people to your goals to get suggestions.",
        "r_follow_up": "Follow up the {kind} on {date}: {summary}",
        "r_thanks": "Thank for the {kind} on {date}: {summary}",
        "r_first": "First contact; {role} for “{goal}”",
        "r_fading": "Strength {pct} since {date}; {role} for “{goal}”",
        "r_fading_alone": "Strength {pct} since {date}",
        "r_due": "Keep in touch by {date} (strength {pct}); {role} for “{goal}”",
        "r_due_alone": "Keep in touch by {date} (strength {pct})",
        "r_overdue_alone": "Contact overdue since {date} (strength {pct})",
        "r_give": "Offer something first.",
        "r_give_offer": "Offer something first: {offer}",
        "follow_ups": "Follow-ups owed",
        "thanks": "Thank-yous owed",
        "date": "Date",
        "what": "What happened",
        "due_on": "Due",
        "notes": "Notes",
        "no_follow_ups": "No follow-ups are waiting.",
        "no_thanks": "Everyone who helped you has been thanked.",
        "balance_intro": "Give before you get, and accept help when it is offered. Recent contacts count "
                         "more than old ones.",
        "gave": "I gave",
        "received": "I received",
        "balance": "Balance",
        "offer": "What I can offer",
        "nothing_noted": "nothing noted yet",
        "b_balanced": "In balance",
        "b_taking": "I mostly receive: give something back",
        "b_giving": "I mostly give: let them help too",
        "b_none": "No exchange yet",
        "no_key_people": "No key people yet: link people to an active goal.",
        "health_intro": "Strength over the past twelve months and, dashed, how it fades without new "
                        "contact during the plan's {weeks} weeks. The grey line is the threshold ({pct}); "
                        "below it a relationship is fading.",
        "today": "today",
        "keep_by": "contact by {date}",
        "overdue": "overdue since {date}",
        "r_overdue": "Contact overdue since {date} (strength {pct}); {role} for “{goal}”",
        "checklist_intro": "Go through these points at each review, about every {days} days.",
        "footer_page": "Page {page} of {pages}",
        "relevance_0": "–",
        "relevance_1": "low",
        "relevance_2": "medium",
        "relevance_3": "high",
        "role_mentor": "mentor",
        "role_sponsor": "sponsor",
        "role_expert": "expert",
        "role_peer": "peer",
        "role_feedback_giver": "feedback giver",
        "role_role_model": "role model",
        "kind_message": "message",
        "kind_short_question": "short question",
        "kind_call": "call",
        "kind_coffee": "coffee",
        "kind_lunch": "lunch",
        "kind_meeting": "meeting",
        "kind_feedback_session": "feedback session",
        "kind_mentoring_session": "mentoring session",
        "kind_joint_project": "joint project",
        "check_1": "My goals and competence needs are still the right ones; goals that no longer fit are "
                   "ended or changed.",
        "check_2": "Every active goal has someone with experience in it, and someone who gives me honest "
                   "feedback.",
        "check_3": "Before each meeting I know what I want to learn and which questions to ask, and I "
                   "respect the other person's time.",
        "check_4": "New contacts start small: a coffee, a lunch, a short question.",
        "check_5": "I gave before I asked: shared what I know, helped with a task, offered support.",
        "check_6": "I listened, followed up what we talked about and thanked everyone who helped me.",
        "check_7": "I kept regular contact with the people who matter, even briefly; no important "
                   "relationship faded without my noticing.",
        "check_8": "I dared to accept support and advice when it was offered.",
        "check_9": "I looked for new people who complement my development, and for projects we can share.",
        "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    },
    "sv": {
        "doc_title": "Mentorskapsplan",
        "subtitle": "Personerna som stöttar min utveckling, och hur jag håller kontakten med dem",
        "plan_of": "Plan för {name}",
        "plan_of_nobody": "Min mentorskapsplan",
        "period": "Period",
        "period_value": "{start} – {end} ({weeks} veckor)",
        "made_on": "Skapad",
        "summary_goals": "Aktiva mål",
        "summary_people": "Personer som stöttar dem",
        "summary_touches": "Planerade kontakter",
        "summary_owed": "Uppföljningar och tack som väntar",
        "private_included": "Den här utskriften innehåller privata anteckningar. Behåll den för dig själv.",
        "contents": "Innehåll",
        "s_goals": "Mål och personerna som stöttar dem",
        "s_schedule": "Kontaktplan",
        "s_owed": "Uppföljningar och tack",
        "s_balance": "Ge och ta",
        "s_health": "Relationernas styrka",
        "s_maps": "Stödet på nätverkskartan",
        "maps_intro": "För varje mål: du (★) och de som stöttar det, storlek efter hur viktiga de är för "
                      "målet, färg efter avdelning, med banden mellan dem; en orange ring är en relation "
                      "som håller på att svalna, en prickad linje en stark relation till dig.",
        "s_checklist": "Checklista för genomgången",
        "competence": "Kompetensbehov",
        "why": "Varför",
        "target": "Måldatum",
        "no_target": "inte satt",
        "priority": "Prioritet",
        "coverage": "Täckning",
        "supporters": "Vem som stöttar målet",
        "person": "Person",
        "role": "Roll",
        "relevance": "Relevans",
        "strength": "Styrka",
        "learn": "Vad jag vill lära mig",
        "open_questions": "Öppna frågor",
        "private_notes": "Privata anteckningar",
        "answers": "Svar hittills",
        "gaps": "Luckor",
        "next_steps": "Nästa steg",
        "no_next_steps": "Inga nästa steg nedskrivna ännu.",
        "projects": "Projekt som tjänar målet",
        "project_members": "med {members}",
        "project_paused": "pausat",
        "project_done": "klart",
        "project_dropped": "avbrutet",
        "never_met": "inte träffats än",
        "flag_no_support": "Ingen stöttar det här målet ännu.",
        "flag_no_strong_support": "Ingen stark relation kring målet: alla band är svaga.",
        "flag_no_mentor": "Ingen mentor för det här målet.",
        "flag_fading": "Relationen med {name} ({role}) försvagas.",
        "flag_lost": "{name} ({role}) har varit tyst mycket längre än vanligt.",
        "flag_not_met": "Du har inte träffat {name} ({role}) än.",
        "flag_single_supporter": "Bara {name} stöttar målet: hitta ett perspektiv till.",
        "flag_one_department": "Alla {count} som stöttar målet finns på {department}: bara ett perspektiv.",
        "flag_find_prospect": "Ingen i ditt nätverk har erfarenhet av {area}: hitta någon ny "
                              "(fråga dina kontakter vem de själva skulle fråga).",
        "suggestion": "Prata med {name}, som inte är kopplad till målet än: {reason}.",
        "why_expertise": "kan {value}",
        "why_profile": "nämner {value} i sin profil",
        "why_shares": "delar kunskap {value}",
        "why_shares_little": "delar sällan kunskap ({value})",
        "why_strength": "styrka {value}\u00a0%",
        "why_not_met": "inte träffad än",
        "why_department": "från {value}: ett nytt perspektiv",
        "why_joiner": "; ",
        "suggested": "Personer att överväga",
        "gap_target_passed": "Måldatumet har passerat: sätt ett nytt datum eller markera målet som uppnått.",
        "gap_none": "Inga luckor hittades.",
        "no_goals": "Inga aktiva mål ännu. Börja med att skriva ner en kompetens du vill utveckla, och "
                    "varför; notera sedan vem som har erfarenhet av den.",
        "schedule_intro": "Högst {capacity} kontakter i veckan, de viktigaste och mest brådskande först. "
                          "Uppföljningar går före.",
        "week": "Vecka",
        "week_label": "Vecka {number}, från {date}",
        "touch": "Kontakt",
        "why_now": "Varför nu",
        "ask": "Frågor att ställa",
        "no_schedule": "Inget att planera de här veckorna. Koppla personer till dina mål för att få förslag.",
        "r_follow_up": "Följ upp {kind} {date}: {summary}",
        "r_thanks": "Tacka för {kind} {date}: {summary}",
        "r_first": "Första kontakten; {role} för ”{goal}”",
        "r_fading": "Styrka {pct} sedan {date}; {role} för ”{goal}”",
        "r_fading_alone": "Styrka {pct} sedan {date}",
        "r_due": "Hör av dig senast {date} (styrka {pct}); {role} för ”{goal}”",
        "r_due_alone": "Hör av dig senast {date} (styrka {pct})",
        "r_overdue_alone": "Kontakt försenad sedan {date} (styrka {pct})",
        "r_give": "Erbjud något först.",
        "r_give_offer": "Erbjud något först: {offer}",
        "follow_ups": "Uppföljningar som väntar",
        "thanks": "Tack som väntar",
        "date": "Datum",
        "what": "Vad som hände",
        "due_on": "Senast",
        "notes": "Anteckningar",
        "no_follow_ups": "Inga uppföljningar väntar.",
        "no_thanks": "Alla som hjälpt dig har fått ett tack.",
        "balance_intro": "Ge innan du får, och ta emot stöd när det erbjuds. Nya kontakter väger tyngre "
                         "än gamla.",
        "gave": "Jag gav",
        "received": "Jag fick",
        "balance": "Balans",
        "offer": "Vad jag kan erbjuda",
        "nothing_noted": "inget noterat än",
        "b_balanced": "I balans",
        "b_taking": "Jag tar mest emot: ge något tillbaka",
        "b_giving": "Jag ger mest: låt dem hjälpa dig också",
        "b_none": "Inget utbyte än",
        "no_key_people": "Inga nyckelpersoner ännu: koppla personer till ett aktivt mål.",
        "health_intro": "Styrkan de senaste tolv månaderna och, streckat, hur den avtar utan ny kontakt "
                        "under planens {weeks} veckor. Den grå linjen är tröskeln ({pct}); under den "
                        "försvagas relationen.",
        "today": "idag",
        "keep_by": "hör av dig senast {date}",
        "overdue": "försenad sedan {date}",
        "r_overdue": "Kontakt försenad sedan {date} (styrka {pct}); {role} för ”{goal}”",
        "checklist_intro": "Gå igenom punkterna vid varje genomgång, ungefär var {days}:e dag.",
        "footer_page": "Sida {page} av {pages}",
        "relevance_0": "–",
        "relevance_1": "låg",
        "relevance_2": "medel",
        "relevance_3": "hög",
        "role_mentor": "mentor",
        "role_sponsor": "sponsor",
        "role_expert": "expert",
        "role_peer": "kollega",
        "role_feedback_giver": "feedbackgivare",
        "role_role_model": "förebild",
        "kind_message": "meddelande",
        "kind_short_question": "kort fråga",
        "kind_call": "samtal",
        "kind_coffee": "fika",
        "kind_lunch": "lunch",
        "kind_meeting": "möte",
        "kind_feedback_session": "feedbacksamtal",
        "kind_mentoring_session": "mentorsamtal",
        "kind_joint_project": "gemensamt projekt",
        "check_1": "Mina mål och kompetensbehov stämmer fortfarande; mål som inte längre passar har jag "
                   "avslutat eller ändrat.",
        "check_2": "Varje aktivt mål har någon med erfarenhet inom området, och någon som ger mig ärlig "
                   "feedback.",
        "check_3": "Inför varje möte vet jag vad jag vill lära mig och vilka frågor jag vill ställa, och jag "
                   "respekterar den andres tid.",
        "check_4": "Nya kontakter börjar i det lilla: en fika, en lunch, en kort fråga.",
        "check_5": "Jag gav innan jag bad om något: delade med mig av kunskap, hjälpte till, erbjöd stöd.",
        "check_6": "Jag lyssnade, följde upp det vi pratade om och tackade alla som hjälpt mig.",
        "check_7": "Jag har hållit regelbunden kontakt med dem som betyder mest, även kort; ingen viktig "
                   "relation har tynat bort obemärkt.",
        "check_8": "Jag har vågat ta emot stöd och råd när de erbjudits.",
        "check_9": "Jag har letat efter nya kontakter som kompletterar min utveckling, och efter projekt vi "
                   "kan göra tillsammans.",
        "months": "jan feb mars apr maj juni juli aug sep okt nov dec",
    },
}

CHECKLIST_KEYS: Final = tuple(f"check_{n}" for n in range(1, 10))


class Words:
    """The report's words in one language, with date and number formatting."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in STRINGS else "en"
        self._table = STRINGS[self.lang]
        self._months = self._table["months"].split()

    def __call__(self, key: str, **values: object) -> str:
        text = self._table[key]
        return text.format(**values) if values else text

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return ""
        return f"{day.day} {self._months[day.month - 1]} {day.year}"

    def short_date(self, day: dt.date) -> str:
        return f"{day.day} {self._months[day.month - 1]}"

    def percent(self, value: float) -> str:
        # Swedish writes a space before the percent sign (no-break, so it never wraps alone).
        return f"{round(value * 100)}\u00a0%" if self.lang == "sv" else f"{round(value * 100)}%"

    def number(self, value: float) -> str:
        text = f"{value:.1f}"
        return text.replace(".", ",") if self.lang == "sv" else text

    def role(self, role: str) -> str:
        return self._table.get(f"role_{role}", role.replace("_", " "))

    def kind(self, kind: str) -> str:
        return self._table.get(f"kind_{kind}", kind.replace("_", " "))

    def relevance(self, relevance: int) -> str:
        return self._table.get(f"relevance_{relevance}", str(relevance))
