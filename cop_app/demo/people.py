"""The cast: the communities being founded, the people who join them (names, organisations,
profiles, bios), the three demo accounts, and when each member joins, leaves or goes quiet."""

from __future__ import annotations

import random
import unicodedata

from cop_app.demo.common import ADMIN_EMAIL, CO, DAY, HOUR, LE, LEAD_EMAIL, MEMBER_EMAIL, PS, _cap
from cop_app.demo.core import _Core
from cop_app.demo.specs import _SPECS, _Spec
from cop_app.demo.story import _Comm, _Member, _Person
from cop_app.models import (
    FocusAreaCode,
    KnowledgeSubtype,
    MembershipRole,
    MembershipStatus,
    Openness,
    OrgType,
)
from cop_app.services.communities.communities import do_create_community, do_set_focus_areas


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FIRST_NAMES = _words(
    "Amara Kwame Fatou Chidi Wanjiru Tendai Ayodele Zanele Moussa Aïcha Kofi Nia Thabo "
    "Lindiwe Ousmane Mariam Samuel Esi Ana Lucía Mateo Camila Diego Valentina João Beatriz "
    "Rafael Paola Andrés Ximena Carlos Renata Priya Arjun Meera Rahul Sunita Farhan Nusrat "
    "Imran Ayesha Sanjay Kavya Bilal Anjali Wei Mei Hiroshi Yuki Minh Linh Siti Budi Dewi "
    "Rizal Jasmine Thanh Malia Tevita Elena Dmitri Aigerim Nodira Giorgi Tamar Olena Marko "
    "Jelena Bakyt Layla Omar Youssef Nour Rania Karim Salma Hassan Leila Sarah David Emily "
    "Michael Laura James Rachel Daniel Hannah Thomas Sophie Lukas Clara Pierre Camille Jonas "
    "Ingrid Matteo Giulia Pablo Marta Sean Aoife Kamal Rosa Tomás Adaeze Selam Henok Mekdes "
    "Yonas"
)
_LAST_NAMES = _words(
    "Mensah Okafor Diallo Kamau Moyo Adeyemi Ndlovu Traoré Banda Osei Kiptoo Sesay Mwangi "
    "Abebe Haile Tesfaye Coulibaly Phiri García Rodríguez Silva Santos Pereira Fernández "
    "López Martínez Gómez Herrera Castillo Mendoza Rojas Vargas Sharma Patel Rao Iyer Khan "
    "Rahman Chowdhury Hossain Gupta Reddy Malik Qureshi Chen Wang Tanaka Sato Tran Pham "
    "Santoso Wijaya Hakim Reyes Cruz Bautista Fifita Petrova Ivanov Nurlanovna Karimova "
    "Beridze Kovalenko Jovanović Petrović Asanov Haddad Mansour Aziz Saleh Nasser Khalil "
    "Farouk Smith Johnson Brown Miller Wilson Anderson Taylor Clarke Murphy Walsh Schmidt "
    "Müller Weber Dubois Moreau Laurent Rossi Bianchi Jensen Larsen Nilsson Novak Horvat "
    "Costa Almeida Ortiz Navarro Alemu Girma Bekele"
)

_REGION_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Africa": ("Kenya", "Sierra Leone", "Malawi", "Benin", "Ghana", "Senegal", "Ethiopia"),
    "East Asia & Pacific": ("Indonesia", "the Philippines", "Lao PDR", "Vietnam", "Fiji"),
    "South Asia": ("Nepal", "Bangladesh", "India", "Pakistan", "Sri Lanka"),
    "Latin America & Caribbean": ("Colombia", "Honduras", "Peru", "Nicaragua", "Mexico"),
    "Middle East & North Africa": ("Jordan", "Tunisia", "Morocco", "Yemen", "Egypt"),
    "Europe & Central Asia": ("Tajikistan", "Georgia", "Serbia", "Kyrgyz Republic", "Ukraine"),
    "North America": ("United States", "Canada"),
    "Western Europe": ("France", "Germany", "Spain", "Denmark", "Ireland"),
}
_REGION_LANGUAGES: dict[str, tuple[str, ...]] = {
    "Africa": ("fr", "pt", "sw"),
    "East Asia & Pacific": ("id", "vi", "tl"),
    "South Asia": ("hi", "bn", "ne"),
    "Latin America & Caribbean": ("es", "pt"),
    "Middle East & North Africa": ("ar", "fr"),
    "Europe & Central Asia": ("ru", "ka", "sr"),
    "North America": ("es", "fr"),
    "Western Europe": ("fr", "de", "es"),
}
_DONORS = (
    "Nordic Partnership Fund",
    "Atlantic Aid Agency",
    "Pacific Cooperation Trust",
    "Alpine Development Agency",
    "Harbour Foundation",
)
_ACADEMIA = (
    "University of the Highlands",
    "Institute for Policy Research",
    "School of Public Affairs",
    "Centre for Urban Studies",
    "Lakeside University",
    "Coastal Institute of Technology",
)
_NGOS = (
    "Village Voices",
    "Open Streets Alliance",
    "Community Works International",
    "Data for Good Collective",
    "Rural Futures Network",
    "Citizens' Monitoring Trust",
)
_PRIVATE = (
    "Meridian Consulting",
    "Arcadia Design Studio",
    "Insight Analytics",
    "Keystone Advisory",
    "Fieldwork Research Ltd",
)
_OTHER = ("Independent consultant", "Retired practitioner", "Freelance researcher")
_STAFF_ORG = "Global Development Bank"
_STAFF_UNITS = (
    "Social Sustainability",
    "Urban Development",
    "Human Resources",
    "Poverty and Equity",
    "Operations Policy",
    "Development Impact",
    "Agriculture",
    "Governance",
)


class _People(_Core):
    """Founding the communities and filling them with members."""

    def _unique_email(self, first: str, last: str, domain: str) -> str:
        local = f"{_ascii(first)}.{_ascii(last)}"
        email, n = f"{local}@{domain}", 1
        while email in self.emails:
            n += 1
            email = f"{local}{n}@{domain}"
        self.emails.add(email)
        return email

    def new_person(self, spec: _Spec, org_type: OrgType | None = None) -> _Person:
        rng = self.rng
        person = _Person(-1)
        person.home = spec.slug
        person.first = rng.choice(_FIRST_NAMES)
        last = rng.choice(_LAST_NAMES)
        person.name = f"{person.first} {last}"
        anchors = self.teams.setdefault(spec.slug, [])
        if org_type is None and anchors and rng.random() < spec.teams:
            anchor = rng.choice(anchors)
            person.org_type, person.region = anchor.org_type, anchor.region
            person.org, person.discipline = anchor.org, anchor.discipline
        else:
            person.org_type = org_type or self.weighted(spec.org_types)
            person.region = self.weighted(spec.regions)
            country = rng.choice(_REGION_COUNTRIES[person.region])
            person.org = _organisation(rng, person.org_type, country, spec)
            person.discipline = rng.choice(spec.disciplines)
            anchors.append(person)
        langs = ["en"] if rng.random() < 0.9 else []
        langs += rng.sample(_REGION_LANGUAGES[person.region], k=rng.choice((0, 1, 1, 2)))
        person.languages = list(dict.fromkeys(langs or ["en"]))
        tags = [tag for _, tag in spec.vocab.topics]
        person.can_help = rng.sample(tags, k=rng.choice((1, 2, 2, 3)))
        pool = [t for t in tags if t not in person.can_help]
        other = self.rng.choice(_SPECS).vocab.topics
        pool += [tag for _, tag in other if tag not in person.can_help]
        person.looking_for = list(dict.fromkeys(rng.sample(pool, k=rng.choice((1, 1, 2)))))
        person.focus = [code.value for code in spec.primary]
        person.bio = _bio(rng, person, spec)
        domain = _domain(person.org)
        person.email = self._unique_email(person.first, last, domain)
        self.people.append(person)
        return person

    def _assign_uids(self, base: int) -> None:
        for i, person in enumerate(self.people):
            person.uid = base + i

    # ------------------------------------------------------------------ set-up

    def create_communities(self) -> None:
        for spec in _SPECS:
            start_day = self.horizon - spec.age_days
            community = do_create_community(
                self.session,
                slug=spec.slug,
                name=spec.name,
                tagline=spec.tagline,
                description=spec.description,
                openness=spec.openness,
                languages=spec.languages,
                at=self.dt(start_day * DAY + 8 * HOUR),
            )
            do_set_focus_areas(
                self.session,
                community=community,
                primary=spec.primary,
                secondary=spec.secondary,
                targets=spec.targets,
                notes=spec.notes,
                at=self.dt(start_day * DAY + 8 * HOUR + 600),
            )
            comm = _Comm(spec=spec, community=community, start_day=start_day)
            order = list(KnowledgeSubtype)
            self.rng.shuffle(order)
            comm.subtype_cycle = order
            self.comms.append(comm)

    def demo_people(self) -> tuple[_Person, _Person, _Person]:
        """The three demo accounts (created later through the services)."""
        cdd, hr = self.comms[0].spec, self.comms[2].spec
        admin = _Person(-1)
        admin.home, admin.first, admin.name = "", "Ada", "Ada Admin"
        admin.email, admin.org_type, admin.org = ADMIN_EMAIL, OrgType.STAFF, _STAFF_ORG
        admin.region, admin.discipline = "North America", "knowledge management"
        admin.languages, admin.focus = ["en", "fr"], [c.value for c in FocusAreaCode]
        admin.can_help, admin.looking_for = ["community management"], ["community analytics"]
        admin.bio = "Runs the communities platform and helps leads set up their communities."
        lead = _Person(-1)
        lead.home, lead.first, lead.name = cdd.slug, "Lena", "Lena Lead"
        lead.email, lead.org_type = LEAD_EMAIL, OrgType.STAFF
        lead.org = f"{_STAFF_ORG}, Social Sustainability"
        lead.region, lead.discipline = "East Asia & Pacific", "social development"
        lead.languages, lead.focus = ["en", "id", "fr"], [PS.value, LE.value]
        lead.can_help = ["grievance redress", "block grants", "participatory planning"]
        lead.looking_for = ["results measurement", "mis"]
        lead.bio = (
            "Senior social development specialist; has led community-driven development "
            "operations in three regions and runs the CDD help desk."
        )
        member = _Person(-1)
        member.home, member.first, member.name = hr.slug, "Mo", "Mo Member"
        member.email, member.org_type = MEMBER_EMAIL, OrgType.STAFF
        member.org = f"{_STAFF_ORG}, Development Impact"
        member.region, member.discipline = "Africa", "monitoring & evaluation"
        member.languages, member.focus = ["en", "fr"], [CO.value, LE.value]
        member.can_help = ["results measurement", "baselines"]
        member.looking_for = ["people analytics", "grievance redress", "power bi"]
        member.bio = (
            "Operations officer based in Nairobi, working on results frameworks and "
            "curious about data in HR and in community programmes."
        )
        self.emails.update(p.email for p in (admin, lead, member))
        return admin, lead, member

    def build_members(self, lead_person: _Person, member_person: _Person) -> None:
        rng = self.rng
        for ci, comm in enumerate(self.comms):
            spec = comm.spec
            size = self.scaled(spec.size, minimum=14)
            start = comm.start_day
            # Founders: a senior lead and a junior facilitator (the CDD lead is the demo lead).
            lead_person_c = lead_person if ci == 0 else self.new_person(spec, OrgType.STAFF)
            fac_person = self.new_person(spec, OrgType.STAFF)
            lead = _Member(lead_person_c, MembershipRole.LEAD)
            fac = _Member(fac_person, MembershipRole.FACILITATOR)
            for m in (lead, fac):
                m.requested = m.joined = start * DAY + 8 * HOUR + rng.randrange(1800)
                m.join_day = start
            lead.weight, fac.weight = spec.lead_weight, spec.facilitator_weight
            comm.lead, comm.facilitator = lead, fac
            comm.members += [lead, fac]
            # Everyone else: new people, plus some already in another community.
            existing = [p for p in self.people if p.home != spec.slug]
            seen = {lead_person_c.email, fac_person.email}
            forced_types = list(OrgType) if ci == 0 else []
            for i in range(size - 2):
                if forced_types and i < len(forced_types):
                    person = self.new_person(spec, forced_types[i])
                elif existing and rng.random() < 0.22:
                    person = rng.choice(existing)
                    if person.email in seen:
                        person = self.new_person(spec)
                else:
                    person = self.new_person(spec)
                seen.add(person.email)
                comm.members.append(_Member(person, MembershipRole.MEMBER))
            if ci in (0, 2, 4):  # the demo member belongs to CDD, HR analytics and RMES
                m = _Member(member_person, MembershipRole.MEMBER)
                comm.members.insert(2, m)
            self._schedule_memberships(comm, member_person)

    def _schedule_memberships(self, comm: _Comm, member_person: _Person) -> None:
        rng, spec, start = self.rng, comm.spec, comm.start_day
        life = self.horizon - start
        regular = [m for m in comm.members if m.role == MembershipRole.MEMBER]
        n_recent = max(3, round(len(regular) * 0.06))
        n_week = max(2, n_recent // 3)
        for i, m in enumerate(regular):
            if m.person is member_person:
                day = start + rng.randrange(5, 40)
            elif i >= len(regular) - n_week:  # joined this week, in time to post
                day = self.horizon - 2 - rng.randrange(6)
            elif i >= len(regular) - n_recent:
                day = self.horizon - 1 - rng.randrange(7, 30)
            elif rng.random() < 0.35:  # the founding wave
                day = start + 1 + rng.randrange(29)
            else:
                day = start + 1 + rng.randrange(life - 31)
            t = self.time_in_day(day)
            m.joined, m.join_day = t, day
            m.requested = t
            if spec.openness == Openness.SELECTIVE:
                m.requested = max(start * DAY + 9 * HOUR, t - rng.randrange(DAY, 5 * DAY))
                m.decided = 0  # the lead, resolved to a user id later
                m.motivation = rng.choice(spec.vocab.motivations)
            # Contribution weight: many lurk, the rest follow a long tail.
            if m.person is member_person:
                m.weight = 2.5
            elif rng.random() < spec.lurkers:
                m.weight = 0.0
            else:
                m.weight = spec.base_weight * rng.lognormvariate(0, spec.skew)
        # Selective communities: open requests and declined ones.
        lead = comm.lead
        for _ in range(self.scaled(spec.pending, minimum=2 if spec.pending else 0)):
            m = _Member(self.new_person(spec), MembershipRole.MEMBER)
            m.status = MembershipStatus.PENDING
            m.requested = self.time_in_day(self.horizon - rng.randrange(1, 25))
            m.motivation = rng.choice(spec.vocab.motivations)
            comm.members.append(m)
        for _ in range(self.scaled(spec.declined, minimum=1 if spec.declined else 0)):
            m = _Member(self.new_person(spec), MembershipRole.MEMBER)
            m.status = MembershipStatus.DECLINED
            m.requested = self.time_in_day(start + rng.randrange(20, life - 20))
            m.decided = 0
            m.motivation = rng.choice(
                (
                    "I'd like to follow the discussions.",
                    "Interested in cities.",
                    "Looking for consultancy leads.",
                )
            )
            comm.members.append(m)
        # Dominant contributors (the quiet community hangs on them).
        candidates = [
            m
            for m in regular
            if m.person is not member_person and m.join_day < start + 30 and m.weight >= 0
        ]
        rng.shuffle(candidates)
        dominants = list(candidates[: spec.dominants])
        for m in dominants:  # their weight grows with the scale: the story must hold
            m.weight = spec.dominant_weight * max(1.0, self.scale)
        if dominants:
            lead.weight *= max(1.0, self.scale)
        # Core regulars: show up most days (stickiness), never leave.
        core = [m for m in candidates[spec.dominants :] if m.weight > 0]
        for m in core[: self.scaled(spec.core, minimum=1 if spec.core else 0)]:
            m.weight = spec.core_weight * rng.uniform(0.7, 1.3)
            dominants.append(m)
        # Leavers.
        pool = [m for m in regular if m.person is not member_person and m not in dominants]
        for m in pool:
            if m.join_day < self.horizon - 60 and rng.random() < spec.leavers:
                m.leave_day = rng.randrange(m.join_day + 20, self.horizon - 5)
                m.left = self.time_in_day(m.leave_day)
                m.status = MembershipStatus.LEFT
        # Lost regulars and reactivated members (scripted below).
        steady = [
            m
            for m in regular
            if m.person is not member_person
            and m.leave_day is None
            and m.join_day < self.horizon - 160
            and m not in dominants
        ]
        rng.shuffle(steady)
        lost = steady[: spec.lost_regulars]
        back = [m for m in steady[spec.lost_regulars :] if m.join_day < self.horizon - 230]
        back = back[: spec.reactivated]
        self._lost[comm.spec.slug] = lost
        self._back[comm.spec.slug] = back
        for m in lost:
            m.weight = max(m.weight, 1.5)
            m.silent.append((self.horizon - rng.randrange(32, 46), self.horizon + 1))
        for m in back:
            m.weight = max(m.weight, 2.0)
            resume = self.horizon - rng.randrange(2, 26)
            m.silent.append((resume - rng.randrange(100, 125), resume))


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def _domain(org: str) -> str:
    words = [_ascii(w) for w in org.split(",")[0].split()]
    words = [w for w in words if w and w not in ("of", "the", "for", "and")]
    return ("-".join(words[:3]) or "mail") + ".example"


def _organisation(rng: random.Random, org_type: OrgType, country: str, spec: _Spec) -> str:
    if org_type == OrgType.STAFF:
        return f"{_STAFF_ORG}, {rng.choice(_STAFF_UNITS)}"
    if org_type == OrgType.CLIENT:
        agency = rng.choice(
            (
                "Ministry of Local Government",
                "Social Investment Fund",
                "Rural Development Agency",
                "Ministry of Finance",
            )
        )
        return f"{agency}, {country}"
    if org_type == OrgType.GOVERNMENT:
        agency = rng.choice(
            (
                "National Statistics Office",
                "City Planning Department",
                "Public Service Commission",
                "Municipal Council",
            )
        )
        return f"{agency}, {country}"
    if org_type == OrgType.DONOR:
        return rng.choice(_DONORS)
    if org_type == OrgType.ACADEMIC:
        return rng.choice(_ACADEMIA)
    if org_type == OrgType.NGO:
        return rng.choice(_NGOS)
    if org_type == OrgType.PRIVATE:
        return rng.choice(_PRIVATE)
    return rng.choice(_OTHER)


def _bio(rng: random.Random, p: _Person, spec: _Spec) -> str:
    templates = (
        "{discipline} background; works on {help} with {org}.",
        "Based in {region}. Interested in {look}; can help with {help}.",
        "Practitioner in {discipline}, {years} years in the field, mostly on {help}.",
    )
    return rng.choice(templates).format(
        discipline=_cap(p.discipline),
        help=" and ".join(p.can_help[:2]),
        look=" and ".join(p.looking_for[:2]),
        org=p.org,
        region=p.region,
        years=rng.randrange(3, 25),
    )
