"""The words people use for each profile value: regular-expression phrases, read against lower-case text.

Each table maps a vocabulary value to phrases. Phrases are matched as whole words (never inside a
longer word) in text that `normal` has lower-cased and tidied. Exact option labels are part of the
tables, so typing a button's label always works.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TypeVar

from core.vocabulary import Budget, Cloud, Frustration, Persona, ScopePreference, Stage, Workload

# -- numbers ----------------------------------------------------------------------------------

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}  # fmt: skip
VAGUE_NUMBERS = {
    "half a dozen": 6, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a few": 3, "few": 3, "a handful of": 5, "a handful": 5, "handful of": 5, "several": 4,
    "a hundred": 100, "one hundred": 100, "hundred": 100, "a thousand": 1000, "thousand": 1000,
    "both": 2, "pair of": 2, "a pair of": 2,
}  # fmt: skip
_WORD_NUMBER = (
    "(?:" + "|".join(TENS) + ")(?:[- ](?:" + "|".join(k for k in SMALL_NUMBERS if k not in ("zero", "ten")) + "))?"
    "|" + "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
)
#: A count as people write it: 5, 5k, ~30, 30ish, 10+, five, twenty-five, a dozen, a handful.
NUMBER = (
    r"(?:~|about |around |roughly |approx\.? |approximately |maybe |like |almost |nearly |over |under )?"
    # a number in words ends its word: "thousands of experiments" is no count of a thousand people
    r"(?:\d{1,6}(?!\d)k?|(?:" + "|".join(re.escape(k) for k in sorted(VAGUE_NUMBERS, key=len, reverse=True))
    + "|" + _WORD_NUMBER + r")(?!(?!ish)[a-z]))(?:\+|ish|-ish|-odd| odd| or so)?"
)

PEOPLE = (
    # (and as people who mix languages write it: "4 personnes", "3 personas", "5 Personen", "2 pessoas")
    r"(?:people|ppl|persons?|peeps|folks|humans|heads|fte?s?|members?|guys?|personnes|personas|personen|"
    r"persone|pessoas|"
    r"(?:ml |ai |data |software |backend |research |mlops |platform |full[- ]?time |senior |junior |other )*"
    r"(?:[a-z]+-)?(?:engineers?|engs?|devs?|developers?|scientists?|researchers?|mles?|ds|dss|des|de|res|analysts?|"
    r"phds?|students?|quants?|postdocs?|(?<!raspberry )pis?|folks|people|practitioners|specialists|experts|volunteers|"
    r"chemists?|biologists?|physicists?|economists?|statisticians?|mathematicians?|clinicians?|astronomers|"
    r"neuroscientists?|epidemiologists?|ecologists?|geneticists?|"
    r"bioinformaticians?|actuar(?:y|ies)|modell?ers?))"
)
#: A company named by its sector: "a 3-person proptech", "a 40-person fintech".
SECTOR_COMPANY = r"(?:prop|fin|health|ed|insur|legal|bio|med|ad|agri|ag|reg|clean|food|gov|climate|hr|mar|sport)tech"
TEAM_NOUN = (r"(?:team|startup|start-up|company|shop|org|organi[sz]ation|lab|group|crew|outfit|squad|agency|business|"
             r"consultancy|firm|studio|practice|unit|department|sub-?group|sub-?team|pod|cell|" + SECTOR_COMPANY + ")")

# -- clauses, negation, correction -------------------------------------------------------------

CLAUSE_BREAK = re.compile(
    r"[.;!?\n]+(?=\s|$)|\s(?:but|however|though|although|whereas|while|except|otherwise)\s|\s-\s|\(|\)"
)
#: Words before a mention that say it is absent ("no k8s", "we don't use airflow").
NEGATION = re.compile(
    r"(?<![a-z0-9])(?:no|not|don't|dont|do not|doesn't|does not|didn't|did not|never|without|isn't|aren't|"
    # (not "scale-to-zero endpoints", "zero-shot", "zero downtime": no denial of what follows)
    r"nor|neither|(?<!to-)(?<!to )zero(?! (?:downtime|to|shot)\b)(?!-shot)|lack|lacking|haven't|have not|hasn't|"
    r"won't|can't|cannot|can not|unable to|"
    r"instead of|rather than|no longer|stopped using|stop using|let alone|"
    # "stopped", but not "stopped working": a model that broke is no negation of what follows
    r"stopped(?! (?:working|predicting|performing|being (?:accurate|right|useful)|making sense|converging))|"
    # "dropped", but not a number that fell: "performance dropped for two months before anyone noticed"
    r"quit using|ditched|dropped(?! (?:for|by|to|below|under|sharply|steadily|quietly|slowly|~?\d))|removed|remove|"
    r"delete|gave up on|giving up on|"
    # "legal killed W&B", "security vetoed Pinecone"
    r"killed|vetoed|rejected|ruled out|"
    r"moved off|moving off|moved away from|moving away from|away from|migrating off|migrated off|got rid of|"
    r"migration (?:off|away from)|"
    # (not "we're used to MLflow": accustomed to it)
    r"getting rid of|used to use|(?<!'re )(?<!'m )(?<!are )(?<!am )(?<!got )used to|switched from|switching from|"
    r"migrating from|migrated from|moved from|"
    # "we moved our orchestration from Airflow to Dagster"
    r"(?:moved|moving|migrated|migrating|switched|switching|ported|porting) (?:our |the |all |all of our )?"
    r"(?:[\w-]+ ){1,2}(?:from|off(?: of)?|away from)|"
    r"moving from|coming from|leaving|left|"
    r"replaced|replacing|apart from|other than|avoid|avoiding|ban|banned|forbid|forbidden|"
    # "we're against SaaS", "IT decided against Kubernetes" (not what a thing is run or tested against: "the assistant
    # working in our cluster against a self-hosted LLM", "evaluated against a held-out set")
    r"(?:(?:we're|they're|you're|i'm|are|am|is|was|were|decided|voted|advised|argued|recommends?|recommended|strongly|firmly|totally|"
    r"rules?|policy|push(?:ed)? back|pushing back) )against|"
    r"not allowed|nothing like|none of|nobody uses|no one uses|nobody touches|no one touches|"
    # the same, as people who mix languages write it: "kein Kubernetes", "pas de k8s", "sin GPU", "senza cloud"
    r"kein|keine|keinen|ohne|pas de|pas d'|sans|sin|senza|nessun|geen|zonder)(?![a-z0-9])"
)
#: Words that take a tool out of the picks ("remove MLflow", "drop the first one", "get rid of Arize AX").
LEAVE_OUT_VERBS = r"(?:remove|drop|delete|exclude|take out|leave out|skip|hide|get rid of)"
#: Said before a fact in its sentence, a hypothetical or a question whether it is needed: what follows is not so
#: ("hypothetically, if we moved to k8s next year…", "if we got a GPU server, would ollama be enough?", "If budget
#: weren't a thing I'd just buy Databricks", "do I need kubernetes to run MLflow?", the need asked of it right
#: before it).
HYPOTHETICAL = re.compile(r"(?<![a-z])(?:hypothetically|if (?:we|i|they) (?:ever |eventually |someday |one day |later |"
                          r"\w+ly )?(?:moved?|went|switch(?:ed)?|migrated?|got|had|adopted|bought|were to|decided to)|"
                          r"if (?:\w+ ){1,2}(?:weren't|wasn't|were not|was not)|"
                          r"(?:do|would|will) (?:i|we) (?:really |even |actually |still )?need "
                          r"(?:to (?:run|use|learn|have|adopt) )?(?:an? |the )?$|"
                          # right before the name, a move hoped for, possible or called off, not one decided:
                          # "hopefully moving to k8s next year", "might move to Azure", "we'll probably consolidate
                          # onto Vertex AI", "we might replace Pinecone with pgvector", "could be Azure or GCP", "we
                          # were going to move to Kubernetes"
                          r"(?:hopefully|might|may|could|would|"
                          r"(?:will|we'll|i'll) (?:probably|maybe|possibly|eventually)|"
                          r"(?:was|were) (?:going|about|supposed) to)(?: \w+)? (?:mov|migrat|switch|consolidat|go)\w* "
                          r"(?:\w+ ){0,2}(?:to|onto) (?:the |a )?$|(?:might|may|could) replace (?:\S+ ){1,3}with $|"
                          r"could (?:be|go) (?:either )?(?:\w+ (?:or|and) )?$)(?![a-z])")
#: Words before a mention that leave it open ("not sure about kubernetes"): neither yes nor no.
UNSURE = re.compile(r"(?<![a-z])(?:not sure|unsure|no idea|don't know|do not know|dunno|not certain|undecided|"
                    r"maybe|might|considering|thinking about|wondering|hear\w* (?:of|about)|looking at|"
                    r"evaluating)(?![a-z])")  # fmt: skip
#: A reply that opens by not knowing, though its first word may be "no": "no idea honestly", "not sure, ask IT",
#: "no clue tbh", "dunno", "good question" (matched at the start of a normalised reply).
UNSURE_REPLY = re.compile(r"(?:not sure|unsure|no (?:freaking |fucking |damn )?(?:idea|clue)|not a clue|"
                          r"not the (?:slightest|foggiest) (?:idea|clue)|don't know|dont know|do not know|dunno|idk|"
                          r"not certain|hard to say|good question|i'd have to (?:ask|check))\b")
#: What an unsure reply may be about besides the question asked ("not sure, probably no k8s" to "what hurts?"): the
#: topic of another question, as it is named in a sentence (the field's id, then what the bot calls it).
_UNSURE_OF_WORDS: dict[str, tuple[str, str]] = {
    "kubernetes": (r"k8s|kubernetes|kube|openshift|eks|gke|aks|(?:a |the )?clusters?", "Kubernetes"),
    "cloud": (r"(?:the |which )?clouds?|aws|gcp|azure|on-?prem", "where you run"),
    "budget": (r"budget|money|spend|(?:the )?costs?|pay(?:ing)?", "the budget"),
    "open_source_only": (r"open[- ]?source|oss|licen[cs]es?|licensing", "open source"),
    "self_hosted": (r"self[- ]?host\w*|saas|hosting", "self-hosting"),
    "team_size": (r"team size|head ?count|how many (?:of us|people)", "the team's size"),
}
UNSURE_OF: dict[str, tuple[re.Pattern[str], str]] = {
    field: (re.compile(rf"(?<![a-z])(?:{words})(?![a-z])"), topic) for field, (words, topic) in _UNSURE_OF_WORDS.items()
}
#: Right after a tool or a place, that it was said earlier and is no more: "I said SageMaker earlier but we switched".
SAID_BEFORE_BUT = (r"(?:earlier|before|last time),? but (?:we|i|they) (?:have )?(?:switched|moved|migrated|changed|"
                   r"went)\b")
#: Words after a mention that say it is absent ("k8s is not an option", "kubernetes: no").
NEGATED_AFTER = re.compile(
    # "docker isn't allowed there", "k8s is not permitted"
    r"^\s*(?:(?:is |are |was )?(?:not|isn't|aren't|wasn't|weren't) (?:allowed|permitted|possible)\b|"
    # a thing named first and then denied: "kubernetes we don't have", "k8s we are not using", "mlflow we don't use
    # anymore", "kubernetes is not there" (not "mlflow we don't use for serving": only for another job)
    r",?\s*(?:we|i|they|our (?:team|company)) (?:don't|do not|dont|are not|aren't|am not|have not|haven't|never|"
    r"cannot|can't|can not)(?: \w+)? (?:have|use|using|run|running|got|used|need)"
    r"(?:\s+(?:it|here|yet|anymore|any more|at all|now|currently|right now|today))*\s*(?:$|[.,;!?)]|and\b|but\b|so\b)|"
    r"(?:is |are )?(?:not|isn't|aren't) there\b|"
    # a tool said earlier and taken back: "I said SageMaker earlier but we switched to Vertex AI in January"
    + SAID_BEFORE_BUT + r"|"
    # "the image project got cancelled", "the LLM work was shelved": work of that kind they no longer do
    r"(?:project|projects|work|stuff|pilot|poc) (?:got |was |were |has been |have been |is |are )?(?:cancel+ed|killed|"
    r"shelved|scrapped|dropped|abandoned|canned)\b|"
    # "Seldon isn't in our distribution", "Feast is not part of our stack"
    r"(?:is |are )?(?:not|isn't|aren't) (?:in|part of) (?:our|the) (?:distribution|distro|stack|setup|platform)\b|"
    # "k8s: false", "oss only: false" (not "fraud false positives")
    r"(?:\?|:|=)\s*false\b|"
    r"(?:\?|:|=|-)?\s*(?:is |are |was )?(?:not |isn't |aren't |n't )?"
    r"(?:no\b(?! (?:public|external|outbound|inbound|internet|egress|vendor|third|3rd|saas|hosted|managed|data|"
    r"customer|pii|endpoints?|traffic|calls)\b)|nope|none|not an option|not available|out of the question|"
    r"off the table|overkill|too much|"
    r"too complex|too heavy|too steep|too hard|too complicated|a no-go|no go|is out|"
    r"are out|out\b(?! of\b)|not allowed|forbidden|banned|gone|dead|"
    r"not something we (?:use|run|have)|not for us|never again|isn't an option|aren't an option))"
)
#: Words between a negation and what it denies ("not allowed to run k8s", "without moving everyone onto k8s").
NEGATED_VERBS = frozenset({
    "use", "using", "used", "run", "running", "have", "need", "want", "wants", "be", "on", "to", "onto", "into",
    "learn", "learning", "move", "moving", "go", "going", "switch", "switching", "adopt", "adopting", "touch",
    # "we never adopted k8s", "never touched kubernetes", "never needed a cluster", "we won't move back to Kubernetes"
    "adopted", "touched", "needed", "wanted", "back",
    "force", "forcing", "everyone", "anyone", "us", "them", "migrate", "migrating", "manage", "managing",
    "operate", "operating", "host", "hosting", "maintain", "like", "deal", "with", "allowed", "able",
    "actually", "really", "even", "currently", "yet",
    "access",  # "no access to AWS or GCP", "no access to kubernetes"
})  # fmt: skip
#: Words after a negation that start a new statement: "no k8s, using docker", "not AWS, we're on Azure".
RESETS = frozenset({
    "use", "using", "uses", "with", "to", "onto", "into", "now", "instead", "currently", "today", "adopted",
    "switched", "moved", "but", "we're", "we", "i'm", "are", "is", "our", "just", "only", "mostly", "i", "it",
    "they", "so", "which", "that", "then", "all", "everything", "also",
    # a clause of its own: "no container may run as root, and OpenShift enforces it"
    "may", "must",
})  # fmt: skip
#: Words a message takes back from what was said before, in its named group: "scratch what I said about AWS,
#: we moved to GCP", "forget LLMs, this is tabular", "I need to take back the vector search ask", "I said LLM earlier
#: but that project is on hold", "earlier I blamed data quality but that part is fixed", "I was wrong about the
#: self-hosting requirement", "it's just me, not a team of 3", "fMRI, so neither CV nor tabular". Their values are
#: no answer (and, of a list, taken out of it).
_CLAUSE_END = r"(?=\s*(?:[.;!?\n,]|$|\s(?:but|we|i|it's|its|this|that's|our|so|now)\b))"
TAKEN_BACK = re.compile(
    r"(?:^|[.,;:!?(]|(?<![a-z])(?:also|and|so|oh|ok|okay|please|pls|sorry|actually|to|just))\s*"
    r"(?P<back>(?:scratch|forget(?! to\b| about it\b)|ignore|disregard|take back|strike)\s+"
    r"(?:(?:what|everything|the (?:bit|part)) (?:i|we) (?:said|wrote|told you|mentioned) (?:about|re|regarding|on)\s+)?"
    r"[^.;!?\n,]{1,60}?)" + _CLAUSE_END
    + r"|(?<![a-z])(?:i|we) (?:said|mentioned|wrote|picked|answered|chose|claimed|told you)\s+"
    r"(?P<back2>[^.;!?\n]{1,60}?)\s+(?:(?:earlier|before|previously|at first|initially|last time)"
    r"(?=\s*(?:[,.;!?]|$|(?:but|and|though)\b))|but (?:i|we) (?:meant|mean)(?![a-z]))"
    r"|(?<![a-z])(?:earlier|before|previously|at first|initially),? (?:i|we) (?:said|mentioned|blamed|thought|"
    r"told you|picked)\s+(?P<back3>[^.;!?\n,]{1,60}?)" + _CLAUSE_END
    + r"|(?<![a-z])(?:i was|we were) wrong about\s+(?P<back4>[^.;!?\n,]{1,60}?)" + _CLAUSE_END
    + r"|,\s*(?P<back5>not (?:a |an |the )?(?:team of |group of )?\d+(?: [a-z]+)?)(?=\s*(?:[.;!?\n,)]|$))"
    r"|(?<![a-z])(?P<back6>neither\s+[^.;!?\n,]{1,40}?\s+nor\s+[\w/-]+)",
    re.IGNORECASE,
)
#: Words between two answers that take the first back: "five. no, six", "AWS, sorry, I meant GCP", "8, wait, 9".
TAKEN_BACK_WORDS = (r"(?:no|nope|well|sorry|oops|wait|err|i mean|i meant|actually|make that|or rather|scratch that|"
                    r"correction)")
CORRECTION = re.compile(
    r"^\s*(?:actually|no[,.!:]|nope|correction|sorry|wait|oops|i meant|i mean|make that|"
    r"change|update|fix|to be clear|scratch that|not quite|not exactly|well,)"
    r"|(?<![a-z])(?:actually|i meant|instead|not anymore|any ?more|changed|correction)(?![a-z])"
)

# -- persona --------------------------------------------------------------------------------------

#: Later in the message, a group that is the writer's own: "my group is 9 students", "the lab is me + 2 students".
_GROUP_OF_THEIRS = (r"(?=.*?\b(?:(?:my|our) (?:research )?(?:group|lab)\b|"
                    r"my (?:\w+ )?(?:phd |grad |graduate |master'?s )?students\b|the (?:lab|group) is me\b|i lead\b))")
_NO_GROUP_OF_THEIRS = "(?!" + _GROUP_OF_THEIRS[3:]
PERSONA: dict[Persona, tuple[str, ...]] = {
    Persona.PLATFORM_ENGINEER: (
        r"ml platform engineer", r"(?:ml ?ops|ml platform|platform|infra(?:structure)?|dev ?ops|cloud|"
        r"reliability|devex|ml infra) (?:engineer|eng|person|guy|dev|developer|team)s?", r"sre",
        r"(?<!azure )devops",
        r"mlops (?:person|guy|engineer)", r"platform team", r"i (?:build|run|maintain|own) (?:the |our )?"
        r"(?:ml |internal )?(?:platform|infra|infrastructure)", r"on the platform side",
        # who runs the machinery for others: "I run ML ops for …", "the guy who keeps the k8s clusters alive"
        r"i (?:run|own|maintain|manage) (?:the |our )?(?:ml ?ops|(?:k8s |kubernetes |gpu )?clusters?)",
        r"keeps? (?:the |our )?(?:[\w-]+ )?(?:clusters?|infra\w*|platform|servers) (?:alive|running|up)",
        # "HPC/platform admin here", "the first ML platform person", "Ops guy here", "Staff eng, platform"
        r"(?:hpc|platform|cluster)(?:/(?:hpc|platform|cluster))? admin",
        r"i do (?:the )?(?:infra|infrastructure|devops|dev ops|platform work|ops)\b",
        r"(?:first|only|sole) (?:ml )?platform (?:person|engineer|hire)", r"ops (?:guy|gal|person) here",
        r"staff eng(?:ineer)?, platform",
        # "I look after ML infra for 20 data scientists", "I look after the GPU cluster"
        r"i (?:look after|take care of|support) (?:the |our )?(?:ml |gpu |k8s |kubernetes )?(?:infra\w*|platform|"
        r"clusters?)",
        # "I run the Kubeflow install they all share", "I'm in IT infrastructure, not data", "the one who keeps the GPU
        # nodes and the CI runners alive", "I wear the 'ML platform' hat"
        r"i (?:run|maintain|operate|look after|administer) (?:the|our) (?:[\w-]+ ){0,2}(?:install|installation|"
        r"deployment|instance) (?:they|that|the|everyone|all)",
        r"(?:i'm|i am|i work) in (?:it )?infra(?:structure)?\b",
        r"keeps? (?:the |our )?(?:gpu |compute |k8s )?(?:nodes|runners|gpus|gpu boxes)(?: and (?:the |our )?"
        r"(?:[\w-]+ )?(?:nodes|runners|clusters?|servers))? (?:alive|running|up)",
        r"wear (?:the |an? )?['\"]?(?:ml ?ops|ml platform|platform|infra)['\"]? hat",
        # "Sysadmin for a small lab", "Research computing here", "an architect on the infra side", "3 of us on infra"
        r"sys ?admins?(?![a-z])", r"research computing(?= here| team| group| staff)",
        # "IT admin here", "I admin our department's GPU servers"
        r"it admin(?:istrator)?(?= here|,| for| at| of)",
        r"i admin(?:ister)? (?:the |our )?(?:[\w'-]+ ){0,2}(?:gpu |hpc |k8s |kubernetes )?(?:servers|clusters?|nodes|"
        r"boxes|install\w*)",
        # "I'm on the HPC team at a university", "I work in research IT … we run the HPC for several labs"
        r"(?:hpc|scientific computing|research it) (?:team|group|staff|department)",
        r"(?:i|we) (?:work|am|'m) in research it\b", r"we (?:run|operate|maintain) the (?:hpc|cluster) for",
        r"on the (?:infra|infrastructure|ops) side", r"(?<=of us )on infra(?:structure)?(?![a-z])",
        # "I administer the campus HPC clusters", "I run the research computing cluster at a university", "I manage
        # the GPU servers for our department", "an IT centre running the shared GPU cluster"
        r"i (?:run|administer|manage|operate|maintain) (?:the |our )?(?:[\w-]+ ){0,2}(?:hpc|gpu|research computing|"
        r"compute|slurm) (?:clusters?|servers|service|boxes)",
        r"(?:running|administering|operating) the (?:shared |campus |university )?(?:gpu|hpc|slurm|compute) clusters?",
    ),
    Persona.TEAM_LEAD: (
        r"team lead / manager", r"team[- ]?lead", r"tech lead", r"eng(?:ineering)? lead",
        r"(?:backend|frontend|dev) lead",
        r"lead (?:ml |data |ai )?(?:engineer|scientist|researcher)",
        r"lead (?:ds|mle)(?![a-z])",  # "lead DS at a fintech"
        r"(?:ml|ai|data science|data|ds|research|analytics|ml platform|platform|mlops|infra|nlp|cv|llm|ml ?ops) lead",
        r"(?:engineering|ml|ai|data science|data|ds|research|team|eng|analytics|it) manager",
        # "Business unit head, not IT", "Managing partner at a 30-person consultancy", "Series A CTO. Three engineers"
        r"(?:business unit|department|division) head", r"managing (?:partner|director)",
        r"(?:series [a-e]|seed[- ]stage|startup) c[te]o",
        r"(?:research |lab |team )?group leader",
        r"head of (?:data science|machine learning|data and ai|\w+)",
        # (not "nobody's really at the helm of the process": no one leads it)
        r"(?<!nobody's )(?<!nobody is )(?<!no one's )(?<!no one is )(?<!really )(?<!nobody )at the helm of",
        r"director", r"vp(?: of \w+)?", r"cto", r"chief \w+ officer", r"co-?founder", r"founder", r"i lead",
        r"i head",
        r"i manage", r"leading (?:a|the|our) (?:team|group)",
        # "I am leading the AI team", "I'm leading our data science team"
        r"(?:i am|i'm|im) leading (?:a|the|our|my) (?:ai|ml|data|data science|ds|analytics|research|mlops|platform) "
        r"(?:team|group)", r"manag(?:e|ing) (?:a|the|our) (?:team|group)",
        r"principal investigator", r"lab head", r"run (?:a|the|our) (?:team|lab|group)",
        # a professor with a group of their own runs it ("New assistant professor, the lab is me + 2 students",
        # "professor, I lead a group of 9"; not "Professor here. I teach a course with 120 students"), and so does a PI
        # ("As PI I feel every PhD defense")
        r"prof(?:essor)?" + _GROUP_OF_THEIRS, r"as (?:the |a )?pi",
        # "as project manager I want …", "new DS leader here"
        r"project manager", r"(?:ds|ml|ai|data science|data|analytics) leader",
        # "since I took over the data team in March"
        r"i (?:took over|inherited|took charge of) (?:a|the|our|my) (?:(?!platform|infra)[\w'-]+ ){0,3}(?:team|lab|"
        r"group|org)",
        # "I run a 10-person data science team", "I'm leading a new 'AI enablement' team of 4"
        # (not "I run the ML platform team": running a platform team is platform work)
        # (not "I run the clusters the DS teams work on": machines run for teams is platform work)
        r"i (?:run|lead|manage) (?:a|the|our|my) (?:(?!platform|infra|clusters?\b|servers?\b|gpus?\b|machines?\b|"
        r"nodes?\b)[\w'-]+ ){0,3}(?:team|lab|group|org)",
        r"i'm leading (?:a|the|our|my) (?:new )?(?:[\w'-]+ ){0,3}(?:team|group)",
        # "Running a small CV team for a retail client", "managing the forecasting squad" (as a message opens)
        r"(?<![a-z] )(?:running|managing) (?:a|the|our|my) (?:(?!platform|infra)[\w'-]+ ){0,3}(?:team|lab|group|squad)",
        # "as the eng manager", "I head the AI enablement group", "Leading a 12-person credit risk team", "Lead a
        # team of 9", "3 MLEs, 1 DE and me (lead)", "my engineers spend two sprints …"
        r"as the (?:eng(?:ineering)? |team |ml |ai )?(?:manager|lead)", r"i head (?:the|an?|our)",
        r"lead(?:ing)? a (?:\d+|[a-z]+)[- ]person", r"lead(?:ing)? a team of", r"me \((?:the )?lead\)",
        r"me as (?:the )?lead", r"my engineers",
        # "ML eng lead at a speech startup", "a PM-turned-ML-lead", "since I took the helm of our little data group",
        # "I direct a small applied-AI lab", "three DS, two MLEs, and me managing them"
        r"(?:ml|ai|data|nlp|cv|llm) eng(?:ineering)? lead", r"turned[- ](?:ml|ai|data|team|tech)[- ]lead",
        r"took the helm of", r"i direct (?:a|the|our|an)\b", r"me managing (?:them|the team|it)",
        # who owns a small business: "small restaurant owner", "agency owner here" (not the owner of a model or a
        # pipeline)
        r"(?:restaurant|caf[ée]|shop|store|business|agency|clinic|bakery|salon|studio|practice|firm|company|hotel|"
        r"franchise|gym|farm) owner",
    ),
    Persona.ML_ENGINEER: (
        r"ml engineer", r"machine learning engineer", r"mles?", r"ml eng", r"ai engineer", r"ml dev",
        r"research engineer", r"applied ml(?: engineer)?", r"deep learning engineer", r"(?:cv|nlp|llm|"
        r"computer vision) engineer", r"ml/?ai engineer", r"ai/ml engineer", r"ml swe", r"mlengineer",
        # the labelling rule's own words for the role: "I train and deploy (the models) myself"
        r"i (?:both )?train and (?:also )?deploy",
    ),
    Persona.RESEARCHER: (
        # said in the writer's own language: "sou pesquisador", "soy investigadora", "je suis doctorant"
        r"(?:sou|soy) (?:pesquisador|pesquisadora|investigador|investigadora|doutorando|doutoranda|doctorando|"
        r"doctoranda)", r"je suis (?:chercheur|chercheuse|doctorant|doctorante)",
        r"ich bin (?:forscher|forscherin|doktorand|doktorandin|wissenschaftler|wissenschaftlerin)",
        r"ml researcher", r"researcher", r"research scientist", r"applied scientist", r"data scientist",
        r"scientist", r"phd(?: student| candidate)?", r"post-?doc", r"academic",
        r"prof(?:essor)?" + _NO_GROUP_OF_THEIRS,
        # (not data about students: "student data can't leave university servers", "we grade student essays")
        r"grad student", r"graduate student", r"master'?s student",
        r"in academia",
        r"(?:university|academic|research) lab", r"research (?:team|group)", r"statistician",
        # development corpus 94: "we are three bioinformaticians and a PI" (not a team that supports them)
        r"(?<!supporting )(?<!support )bioinformaticians?",
        # development corpora 70-91: "we're a lab of 8", "I teach and do research", "faculty member"
        r"(?:(?<=we're a )|(?<=we are a ))lab of " + NUMBER,
        r"(?:teach|lecture) and do research", r"faculty member",
        # "we are ML research group in Korea", "an NLP research lab"
        r"(?:ml|ai|nlp|cv|vision|robotics|machine learning) research (?:group|lab)",
        r"kaggler", r"i do research",
        # "I am doing my PhD", "3 of us researchers", "research assistant in a lab" (not "my PhD student")
        r"doing (?:a |my )?phd", r"of us researchers", r"other researcher", r"research assistant",
        r"(?:i'm|i am|we're|we are) in a (?:uni|university) lab",
        # "undergrad here", "MSc student", "for my thesis": a student doing research of their own
        r"undergrad(?:uate)?s?(?: student)?", r"(?:msc|bsc|ms|bachelor'?s) student",
        r"(?:my|our) (?:bachelor'?s |master'?s |msc |bsc |phd |undergrad(?:uate)? |senior )?(?:thesis|dissertation)",
    ),
    Persona.SOFTWARE_ENGINEER: (
        # (not a research software engineer, whom the writers read as no role or as the cluster's platform person as
        # often as a software engineer: right 3 times, wrong 7 on the development corpora)
        r"(?<!research )software engineer", r"(?<!research )software dev(?:eloper)?", r"swe", r"sw eng(?:ineer)?",
        r"sde",
        r"back-?end (?:engineer|eng|dev(?:eloper)?)",
        r"front-?end (?:engineer|dev(?:eloper)?)", r"full[- ]?stack(?: engineer| dev(?:eloper)?)?",
        r"web ?dev(?:eloper)?", r"app developer", r"programmer", r"product engineer",
        r"(?:rails|django|node|react|ios|android|java|php|\.net|ruby|typescript|js) dev(?:eloper)?",
        # "solo dev building a RAG app", "indie hacker, just me"
        r"(?:solo|indie|lone|freelance|independent|hobby|hobbyist) (?:dev|developer|hacker|coder)",
        # "I'm one of them, software background", "i'm a software eng"
        r"software background", r"software eng",
    ),
}
#: Words that name a role only when the writer says it of themselves ("I'm a dev", not "the devs").
PERSONA_SELF_ONLY: dict[Persona, tuple[str, ...]] = {
    # the executives who run a company or its technology and data ("CIO of a 300-bed hospital", "CDO here"; not the
    # COO or CFO, who approve the spend: the writers disagree there)
    Persona.TEAM_LEAD: (r"manager", r"lead", r"boss", r"pi", r"eng manager", r"em", r"ceo", r"cio", r"cdo", r"caio",
                        # "GM at a Chevrolet dealer"
                        r"gm", r"general manager"),
    # (not research IT or research computing, who run the machines researchers use)
    Persona.RESEARCHER: (r"ds", r"data science", r"quant", r"research(?! software)(?! it\b)(?! computing)(?! services)"
                         r"(?! infra)", r"phd",
                         # (a student of some kind said as they introduce themselves: "uni student, hotel review
                         # classifier"; not students as users: "for ~1000 course students", "predicts student
                         # difficulty")
                         r"(?<!my )(?<!our )(?<!the )(?<!a )(?<!each )(?<!every )[a-z'-]+ student(?![a-z])",
                         r"student(?! (?:data|records|information|privacy|pii|essays?|submissions|answers|grades|"
                         r"assignments))"),
    # "I'm an engineer" is a role; "we're 4 engineers" says how many, not which kind (wrong 11 times, right none)
    # (not an engineer of another trade: "a process engineer slowly turning into a data person"; nor a data or
    # analytics engineer, whose role none of the labelled corpora counts as software engineering; nor a research
    # software engineer, as above)
    Persona.SOFTWARE_ENGINEER: (r"dev", r"developer", r"(?<!process )(?<!chemical )(?<!mechanical )(?<!civil )"
                                r"(?<!electrical )(?<!manufacturing )(?<!quality )(?<!field )(?<!sales )(?<!sound )"
                                r"(?<!structural )(?<!data )(?<!analytics )(?<!bi )(?<!software )engineer(?!s)",
                                r"coder", r"backend", r"back-end", r"frontend", r"hacker", r"builder"),
    Persona.PLATFORM_ENGINEER: (r"platform", r"infra", r"ops", r"mlops"),
    # not "the only ML person": writers who say that name no role (on the development corpora such reads were wrong
    # 14 times and right once)
    Persona.ML_ENGINEER: (r"ml(?! (?:team|group|org|department|people|folks|platform|infra\w*|person|guy|gal|side|"
                          r"background))", r"ml/ai", r"ai/ml"),
}
#: "I'm a …", "as a …", "… here": a statement about the writer, not about colleagues.
SELF = re.compile(
    r"(?:i'm|i am|im|i work as|working as|as an?|as the (?:only|sole|lone|one|first|new)|my role is|my job is|"
    # "joined a startup as its first ML engineer", "three weeks into a senior ML engineer job", "hired as a …"
    r"as (?:its|their|our|the company's) (?:only|sole|lone|one|first|new)|(?:weeks|months|days) into (?:a|an|my|the)|"
    r"(?:hired|joined|started|starting) as|"
    r"my title is|"
    r"i'm the|i am the|role:|"
    r"(?:question|greetings|hello|hi|hey) from an?|"
    # "I'm more of a backend dev", "I'm kind of the ML person"
    r"title:|me:|myself:)\s+(?:(?:an?|the)\s+(?:(?!(?:help|support|assist|serv|teach|coach|mentor|hir)ing\s)\w+\s+)"
    r"{0,2}|"
    # after "a" or "the" a word in -ing describes the role ("I'm a pricing data scientist") or what the writer does
    # ("I'm the one doing MLOps"), unless it is done for the people named next ("I'm the one helping data
    # scientists"); without an article it is what the writer does ("I'm helping data scientists")
    r"(?:one of the\s+|one\s+|(?:more|kind|sort) of (?:an?|the)\s+)?(?:(?!\w+ing\s)\w+\s+){0,2})$"
)
#: "me + 2 other MLEs", "just me and one other researcher": the writer has the role named next.
OTHERS_LIKE_ME = re.compile(r"(?<![a-z])(?:me|myself)\s*(?:\+|and|&|plus|with)\s*(?:\d+|" + _WORD_NUMBER
                            + r"|a couple of|a few|an?)?\s*(?:other|more)\s+$")
#: "we're three ML engineers", "we're a 6-person research team", "we're platform": the writer among them.
WE_ARE = re.compile(r"(?<![a-z])(?:we're|we are)\s+(?:all\s+|both\s+|just\s+|only\s+|sort of\s+|kind of\s+|"
                    r"basically\s+)?(?:an?\s+)?"
                    r"(?:(?:small |tiny )?team of\s+)?"
                    r"(?:(?!\w+ing\s)[\w~+-]+\s+){0,2}$")  # fmt: skip
#: "MLE here", "ops people like me", "6 ML engineers (me included)": said of oneself after the role.
SELF_AFTER = re.compile(r"^\s*(?:here\b|,? (?:\d+|" + _WORD_NUMBER + r"|all|both) of us\b|"
                        r"(?:(?:team|group|squad|crew|pod|unit) )?(?:of (?:\d+|" + _WORD_NUMBER + r") )?,?\s?"
                        r"\(?(?:me included|including me|myself included|incl\.? me)\b|"
                        r"\((?:me|myself|that's me|i'm one)\)|"
                        r"(?:people |folks |guys )?like (?:me|myself)\b|by (?:trade|training)\b)")
#: "product manager-turned-team lead": the first role is one the writer has left.
ROLE_LEFT_BEHIND = re.compile(r"\s?-?\s?turned\s?-?\s?(?:['\"]?(?:the|an?)\s)?['\"]?")
#: What may come before a self-introduction at the start of a message ("Hi! Eng lead at …").
_HELLO_WORDS = r"hi|hey|hello|heya|hiya|howdy|yo|greetings"
GREETING = re.compile(rf"[^a-z0-9]*(?:(?:{_HELLO_WORDS}|hi all|hi there|hey there|"
                      r"hey all|hello all|quick context|context|background|about me|so|ok|okay|well)"
                      r"[^a-z0-9]*)*")  # fmt: skip
#: A message that is only a hello ("hi", "hey there!", "good morning team"): answered in kind, not read as an answer.
HELLO_ONLY = re.compile(rf"[^a-z0-9]*(?:{_HELLO_WORDS}|good (?:morning|afternoon|evening))"
                        r"(?:[^a-z0-9]+(?:there|all|everyone|team|folks|bot|waiter|again))?"
                        r"(?:[^a-z0-9:]*:[a-z0-9_+-]+:)*[^a-z0-9]*")  # and an emoji: "hi :wave:"
#: What follows a role that opens a message as an introduction ("Data scientist, team of 9", "Eng lead at …").
INTRO_AFTER = re.compile(r"\s*(?:[,.:;!(/+&]|-\s|$|(?:here|at|of|in|on|for|with|from|by|and|working|who)\b)")
INTRO_WEAK_AFTER = re.compile(r"\s*(?:[,.:;!(/]|-\s|$|here\b|(?:at|of|in|on|for) (?:a|an|the)\b)")
#: Words before a role that make it other people ("4 data scientists", "our DS team", "the platform team").
OTHERS_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:the|our|their|his|her|my|your|other|these|those|its|some|many|several|most|a|an|a few|"
    r"a couple of|dozens of|lots of|~?\s?\d[\d,.]*\+?|" + _WORD_NUMBER + r")\s+(?:[\w-]+\s+)?$"
)
#: Right after a role, a verb said of others: "only devops touches it", "IT handles that", "legal decides".
OTHERS_DOING = re.compile(r"\s+(?:team\s+|folks\s+|people\s+)?(?:only\s+|usually\s+|always\s+|still\s+)?"
                          r"(?:touches|handles|manages|owns|runs|maintains|controls|looks after|takes care of|"
                          r"deals with|decides|approves|won't|doesn't|does not)(?![a-z])")
#: The writer in a group they name: "I'm on a … team", "(I'm one of 6)".
MEMBER = re.compile(r"(?<![a-z])(?:i'm|i am|im) (?:on|in|part of|one of)(?![a-z])|"
                    # "our ML platform team (3 of us)", "the AI platform team is 4 of us"
                    r"\((?:i'm |me )?(?:one of )?" + NUMBER + r" of us\)|"
                    r"(?:team|group|squad) (?:is|are) (?:just )?" + NUMBER + r" of us(?![a-z])|"
                    # a platform group of theirs that serves others: "our ML platform team supports 30 data scientists"
                    r"(?<![a-z])our (?:[\w/-]+ ){0,2}(?:platform|infra(?:structure)?|ml ?ops|dev ?ops|sre) "
                    r"(?:team|group|squad)s? (?:supports?|serves?|maintains?|looks? after)(?![a-z])")
#: A role that names a group ("platform team", "research group"): said of the writer only with "we're …".
GROUP = re.compile(r"(?<![a-z])(?:team|group|squad|org|lab|crew)s?\s*$")

# -- cloud and Kubernetes ---------------------------------------------------------------------

#: Lambda's GPU cloud, told from AWS Lambda by the words around it: "rented GPUs from Lambda", "our H100s on Lambda",
#: "Lambda H100 instances" (each alternative captures the name).
LAMBDA_GPUS = (
    r"(?<![a-z])(?:gpus?|[abh]100s?|[bh]200s?|instances?|nodes?|machines?|boxes|vms?|capacity|credits|clusters?) "
    r"(?:\w+ )?(?:from|on|at|via|with|through) (lambda)(?! functions?| layers?| handlers?)(?![a-z])|"
    r"(?<![a-z])(?:rent\w*) (?:\w+ ){0,2}(?:from|on|at) (lambda)(?![a-z])|"
    r"(?<![a-z.])(?<!aws )(?<!amazon )(lambda)(?:'s)? (?:gpus?|[abh]100s?|[bh]200s?|instances?|on-demand|"
    r"1-click)(?![a-z])"
)
#: After "only a laptop": no other machine named ("my laptop + a 4090 box", "a laptop and the uni cluster").
_NO_OTHER_MACHINE = (r"(?! ?\+| plus| and (?:a|an|our|the|some) (?:[\w-]+ )?(?:box|server|gpu|cluster|workstation|"
                     r"desktop|pc|machine|hpc))")
CLOUD: dict[Cloud, tuple[str, ...]] = {
    # "S3-compatible storage on prem (Ceph)" is an API, not Amazon's cloud
    # (not the shop: "amazon-style 'you might like'", "the Amazon co-purchase dataset", "Amazon reviews")
    Cloud.AWS: (r"aws", r"amazon web services", r"amazon cloud",
                r"amazon(?![- ](?:style|like|co-?purchase|reviews?|products?|datasets?|data\b|marketplace|prime|"
                r"listings?|sellers?|shoppers?|orders?|recommendations)|'s (?:recommend\w*|store|marketplace|site))",
                r"ec2", r"govcloud",
                r"s3(?![- ]?(?:compatible|api|protocol|interface|like))", r"eks", r"sagemaker",
                r"fargate", r"ecs", r"redshift", r"aws lambda", r"emr",
                # a function on AWS Lambda: "the model is a scikit-learn thing running in a Lambda" (not Lambda's GPU
                # cloud, `LAMBDA_GPUS`; nor "pandas code full of lambda functions")
                r"(?:running|runs|run|deployed|hosted|lives|living|sits) (?:in|on|as) an? "
                r"lambda(?! (?:labs?|cloud|gpus?|instances?))", r"athena", r"dynamodb",
                # not "latency is the bedrock requirement" (an ordinary word)
                r"bedrock(?! of)(?! (?:requirement|principle|assumption|value|rule|constraint|priority)s?\b)",
                r"cloudwatch", r"ecr",
                r"step functions", r"aws batch", r"rds", r"aurora(?: postgres| mysql)?",
                # "events go through Kinesis"
                r"kinesis",
                # EC2's GPU instance families, AWS's own IaC kit and managed Airflow: "a big g5 instance", "we manage
                # everything with CDK" (not the Chemistry Development Kit: "CDK descriptors"), "MWAA"
                r"(?:g4dn|g5|g6e?|p3|p4d|p5|inf2|trn1)(?:\.\w+)? instances?", r"aws cdk",
                r"(?:with|in|via|using|through) cdk\b(?! (?:descriptors?|fingerprints?|toolkit))",
                r"cdk (?:stacks?|constructs?|deploy\w*|apps?)", r"mwaa"),
    Cloud.GCP: (r"gcp", r"google cloud(?: platform)?", r"gcloud", r"gke", r"cloud run", r"vertex ai",
                # not a graph's vertex: "properties for each vertex in huge molecular graphs"
                r"(?<!each )(?<!every )(?<!per )(?<!a )(?<!one )vertex(?! (?:of|in|and|embeddings?|features?|"
                r"classification|labels?|ids?|set|count))",
                r"bigquery", r"gcs",
                r"on google(?! (?:drive|docs|sheets|photos|meet|forms|slides|workspace|play|search))",
                r"dataproc", r"cloud functions", r"tpus?", r"cloud composer",
                r"google compute engine", r"compute engine", r"gce", r"dataflow", r"cloud sql"),
    Cloud.AZURE: (r"azure", r"microsoft cloud", r"aks", r"azure ?ml", r"on microsoft", r"ms azure", r"blob storage",
                  r"azure databricks", r"azure devops", r"azure blob(?: storage)?", r"microsoft fabric", r"azurecr",
                  r"azure container registry"),
    # (not what they sell: "our product ships on-prem to customers")
    Cloud.ON_PREM: (# a rule against the cloud at an organisation, whose machines are its own: "No cloud allowed:
                    # patient data", "No cloud, that's policy", "no cloud budget, everything on the department's
                    # cluster"
                    # (not "no cloud budget, just laptops": no machines of their own)
                    r"no cloud (?:is )?(?:allowed|permitted|budget)(?!,? (?:\w+ )?(?:just|only) (?:our |my |the )?"
                    r"laptops)", r"no cloud,? (?:that's|that is|it's|by) policy",
                    r"(?<!ships )(?<!ship )(?<!sold )(?<!sell )(?<!installed )"
                    r"on-prem(?:ise|ises)?(?: / own data centre)?"
                    r"(?! (?:to|for|at) (?:our |the )?(?:customers|clients))", r"on prem(?:ise|ises)?",
                    r"onprem(?:ise|ises)?",
                    r"own (?:data ?cent(?:er|re)s?|dc|servers?|hardware|gpus?|machines|metal|racks?|cluster|"
                    r"[ahlvb]\d{2,3}s)", r"own (?:\d+ ?[x×]? ?)(?:[ahlvb]\d{2,3}s|gpus)",
                    # "batch jobs on our own hadoop cluster", "a home server with docker compose"
                    r"own (?:hadoop|spark|gpu|slurm|hpc) cluster", r"home servers?",
                    # "training on our center's own supercomputer", "the national supercomputer", "our own storage
                    # servers", "a few GPU servers of our own" (and "~40 nodes we own" below)
                    r"supercomputers?", r"own (?:storage|file|compute|database) servers",
                    r"(?:servers?|gpus?|machines|nodes|boxes) of our own",
                    # "we run on our own A100 servers", "our own Dell boxes"
                    r"own (?:[ahlvb]\d{2,3}|gpu|dell|hp|lenovo|supermicro|linux|physical) (?:servers?|boxes|machines|"
                    r"nodes)",
                    # "fine-tune on a couple of RTX 3090s in the office"
                    r"(?:gpus?|boxes|box|workstations?|servers?|rigs?|\d{4}s|a100s|h100s) (?:\w+ )?in (?:the|our) "
                    r"office",
                    r"(?:our|in-house|internal|company|university|uni|hpc|slurm) (?:data ?cent(?:er|re)|servers?|"
                    r"hardware|machines|gpu boxes|boxes)", r"data ?cent(?:er|re)s?",
                    # "our cluster" alone may be Kubernetes on a cloud; a company's or university's cluster is theirs
                    r"(?:in-house|internal|company|university|uni|hpc|slurm) (?:gpu )?cluster",
                    r"bare[- ]metal", r"colo(?:cation)?", r"hpc",
                    # not Slurm run on a cloud: "Slurm on AWS ParallelCluster", "a Slurm cluster on GCP"
                    r"slurm(?!(?: cluster| setup)? (?:on|in) (?:aws|amazon|ec2|gcp|google|azure|the cloud|oci|oracle))",
                    r"air[- ]?gapped", r"private cloud", r"(?:in|an) air[- ]?gap (?:environment|network|site)",
                    # "our development environment have no network at all", "no internet access at all"
                    r"no (?:internet|network)(?: access| connection)? at all",
                    # development corpus 68: "Kubeflow on private infrastructure", "the two H100 servers we own", "a
                    # dark site", "a classified network"
                    r"private (?:infrastructure|infra|servers?|data ?cent(?:er|re)s?|hardware)",
                    r"(?:servers?|gpus?|machines|nodes|hardware|boxes|[ah]100s?) (?:that )?we (?:physically )?own",
                    r"dark site",
                    r"classified networks?",
                    r"openstack", r"self-managed hardware",
                    # "models run on a server in the plant", "a shared a100 box"
                    # "two Dell servers in the packhouse office", "a machine in the lab", "a workstation at the plant"
                    r"(?:servers?|machines?|workstations?|pcs?) (?:in|at) the (?:[\w-]+ )?(?:plant|factory|office|"
                    r"hospital|lab|basement|warehouse|mill|site)",
                    r"(?:office|shared|beefy|department(?:al)?|lab|plant|factory|site) (?:gpu |linux |dl |"
                    r"[a-z]\d{2,3}s? )?(?:servers?|"
                    r"workstations?|"
                    r"gpu boxes|gpus|box(?:es)?|machines?|rigs?)", r"workstations", r"gpu (?:box(?:es)?|rigs?)",
                    r"single (?:gpu )?(?:box|server)",
                    r"(?:vms?|servers?|box(?:es)?|machines?|nucs?|workstations?) (?:in|under) (?:our |the |my |a )?"
                    r"(?:office|desks?|basement|closet)", r"(?:in|under) (?:our |the |my |a )?desks?",
                    r"(?:our|the) racks?",
                    # "two big boxes in a server room down the hall", "our own 4×H100 box", "our GPU server has no
                    # outbound internet", "sharing 3 GPU servers", "our own Kubernetes in a German DC"
                    r"server room", r"our gpu servers?",
                    # (not cloud machines of their own: "our own EC2 boxes" are AWS)
                    r"our own (?!ec2|gce|vm\b|aws|azure|gcp|cloud)(?:\S+ )?(?:box|boxes|gpu servers?)",
                    r"our own \d+[- ]?gpu servers?",
                    # "racks in our own building", "we self-host the ClearML server on our intranet" (not docs that
                    # live there)
                    r"in our own building", r"(?:self-host\w*|host(?:ed|s)?|servers?|run(?:s|ning)?) (?:[\w-]+ ){0,3}"
                    r"(?:on|in) (?:our|the company's) intranet",
                    r"(?:\d+|two|three|four|five|six) (?:shared )?gpu servers", r"in an? (?:\w+ )?dc\b",
                    r"dgx(?! cloud)(?: pods?| box(?:es)?| machines?| servers?)?", r"gpu workstations?",
                    r"\d+ gpus on (?:\w+ ){0,2}(?:servers|boxes|machines)",
                    r"in (?:a|the|our) closet",
                    # "inside a closed perimeter (gov, no internet on prod side)", "compute nodes have no internet"
                    r"(?:closed|isolated|secure) (?:perimeter|network|enclave)",
                    r"no internet (?:access )?(?:on|in|for|inside) (?:the |our )?(?:secure |internal |private |"
                    r"research )?(?:prod\w*|clusters?|servers?|nodes?|"
                    r"compute nodes|network|side|machines?)",
                    r"(?:compute )?nodes? (?:have|has) no (?:internet|outbound)",
                    # "we cant use cloud (customer contracts)", "cloud is not an option for us"
                    r"(?:can't|cannot|can not|not allowed to|aren't allowed to|may not|must not|mustn't) use (?:the |"
                    r"any |a |public )?cloud(?! \w)", r"cloud (?:is|isn't) (?:not )?an option(?= for (?:us|me)\b)",
                    # ("student data can't leave university servers", "… the district's own servers")
                    r"(?:(?:can't|cannot|can not|mustn't|must not|may not|never|won't) leave|stay on|stay in) "
                    r"(?:our|the [\w-]+'s|university|the university|uni) (?:own )?"
                    r"(?:servers|data ?cent(?:er|re)s?|dc|premises)",
                    # development corpus 47: "everything is in own datacenter", "the data must stay in our own
                    # Rechenzentrum", "training on 2 servers inside the hospital", "one big server with 4 GPU in the
                    # lab", "k3s on three machines in the lab", "the institute's batch farm"
                    r"own datacenter", r"rechenzentrum",
                    r"(?:servers?|machines|boxes|workstations?|gpus?) (?:with \d+ gpus? )?(?:inside|in) (?:the|our) "
                    r"(?:hospital|lab|institute|university|(?:[\w-]+ )?building|office|plant|factory)",
                    # "experiments on an LSF cluster", "the research cluster", "our national lab cluster"
                    r"(?:lsf|sge|pbs|torque|htcondor) (?:cluster|scheduler|queues?|jobs?)",
                    r"(?:research|lab|institute|campus) (?:gpu |hpc |compute )?cluster",
                    r"(?:batch|compute|server) farm",
                    # "radiology models have to run inside the hospital network"
                    r"(?:inside|within|on) the (?:hospital|bank|agency|plant|university|council)(?:'s)? (?:own )?"
                    r"(?:network|intranet|firewall)"),
    Cloud.OTHER: (r"digital ?ocean", r"hetzner",
                  # "we moved to a sovereign EU provider", "a German sovereign cloud (IONOS / STACKIT)" (not a
                  # hyperscaler's own: "the AWS European Sovereign Cloud" is AWS)
                  r"(?<!european )sovereign (?:\w+ )?(?:cloud|provider|hoster)s?", r"ionos", r"stackit",
                  # development corpus 97: "we have Langfuse self-hosted on local provider"
                  r"(?:on|from|at|with) (?:a |our )?local (?:cloud |hosting )?provider",
                  r"ovh(?:cloud)?", r"oracle cloud", r"ibm cloud",
                  # Oracle's cloud, not the Open Container Initiative's formats: "models as OCI artifacts"
                  r"oci(?! (?:images?|artifacts?|registr\w+|spec\w*|formats?|compliant|containers?|layouts?|bundles?))",
                  r"alibaba(?: cloud)?", r"linode", r"akamai", r"scaleway", r"vultr", r"lambda labs",
                  r"lambda cloud", LAMBDA_GPUS, r"vps",
                  r"coreweave", r"runpod", r"vast\.?ai", r"paperspace", r"tencent cloud", r"yandex cloud",
                  r"other cloud", r"another cloud", r"some other cloud", r"heroku", r"render\.com", r"fly\.io",
                  # platforms that host the app and its services: "the chatbot runs on Render", "we host on Railway"
                  # (not Vercel or Netlify, which host a front end: the models run somewhere else); both are everyday
                  # words too ("maintenance on railway tracks", "render on the GPU"), so only with a hosting verb
                  r"(?:host\w*|deploy\w*|runs?|running|lives?|living|served|serving|sits?|shipped) (?:\w+ )?(?:on|to|"
                  r"with|in) (?:render|railway)(?:\.app|\.com)?\b(?![- ](?:farms?|nodes?|engines?|tracks?|lines?|"
                  r"networks?|stations?|operators?|companies|company|data|sensors?))",
                  r"railway\.app",
                  r"smaller cloud",
                  # "we rent bare metal from a local provider": someone else's machines, not a big cloud's
                  r"rent\w* (?:[\w-]+ ){0,4}from (?:a |an )?(?:\w+ )?(?:hosting )?(?:provider|hoster|host|colo\w*)"),
    # a laptop where the notebooks live does not say there is no cloud; "laptops only" does
    Cloud.NONE: (r"no cloud(?: \(laptop only\))?",
                 r"nothing (?:is )?in (?:the )?cloud(?![^.;!?]{0,40}(?:servers?|box|rack|data ?cent))",
                 r"laptops? only", r"just (?:a |my |our )?laptops?",
                 r"everything (?:is )?on (?:my|our) laptops?",
                 r"only (?:on )?(?:a |my |our )?laptops?", r"all on (?:my|our) laptops?", r"laptops?[.,]? that's it",
                 r"(?:working|alone|solo|by myself)(?: alone)? on (?:my|a) laptop",
                 r"(?:just |only )?me and my laptop",
                 # "I only have my macbook", "everything runs on my macbook" (not "my laptop + a 4090 box")
                 r"only (?:have |got )(?:a |my )?(?:laptop|macbook|mac)" + _NO_OTHER_MACHINE,
                 r"everything (?:runs )?on my (?:laptop|macbook|mac)" + _NO_OTHER_MACHINE,
                 r"(?:my|our) (?:laptops?|machines?|desktops?|pcs?|macs?|macbooks?) only",
                 r"local(?: only| machines?| gpus?| workstations?)", r"(?:everything|it all) (?:runs |is run )?locally",
                 r"no cloud at all",
                 r"not (?:on|in|using) (?:the |any |a )?cloud", r"don't use (?:the |any |a )?cloud", r"no cloud yet",
                 r"do not use (?:the |any |a )?cloud", r"no cloud provider", r"on device"),
}
#: Words that make several clouds a mix ("on-prem + some AWS", "hybrid"): no single cloud.
CLOUD_MIX = re.compile(r"(?<![a-z])(?:hybrid|multi-?cloud|mix of|mixed|\+ some|and some|split between|across "
                       r"(?:clouds|providers)|"
                       # "half AWS, half Azure", "credits on both GCP and AWS", "no single answer"
                       r"half (?:aws|azure|gcp|google cloud|on-?prem\w*),? (?:and )?half|both|"
                       r"no single (?:answer|cloud|provider))(?![a-z])")  # fmt: skip
#: Managed Kubernetes and other names that mean "we can run workloads on a cluster".
#: (Tools that run only on a cluster, Kubeflow or KServe, say so when they are in use: a question about one, "do I
#: need Kubeflow?", says nothing of a cluster.)
KUBERNETES_YES = (r"kubernetes", r"k8s", r"kube", r"eks", r"gke", r"aks", r"openshift", r"rancher", r"k3s",
                  r"helm charts?", r"kubectl", r"knative", r"kuberay", r"karpenter", r"microk8s",
                  r"minikube", r"rke2?", r"kubeadm", r"kubespray", r"talos linux", r"tanzu kubernetes",
                  # "we'd get namespaces from the platform team": a cluster someone runs for them
                  r"namespaces? (?:from|on|in) (?:the |our )?(?:platform|infra\w*|devops|ops|shared) "
                  r"(?:team|cluster)",
                  # "we can run workloads in namespaces the platform team gives us on their cluster"
                  r"namespaces? (?:\w+ ){0,4}(?:platform|infra\w*|devops|ops) team (?:\w+ ){0,3}(?:gives?|gave|"
                  r"provides?|hands?) us")  # fmt: skip
KUBERNETES_NO = (
    r"no (?:one|body) (?:\w+ )?(?:runs|knows|manages|operates) (?:a |any |the )?(?:kubernetes|k8s|cluster)",
    # (and "nobody on the team knows k8s")
    r"nobody (?:\w+ ){0,3}(?:runs|knows|manages|operates) (?:a |any |the )?(?:kubernetes|k8s|cluster)",
    r"no (?:kubernetes|k8s|kube) (?:cluster|experience|expertise|knowledge|skills)",
    r"no clusters?", r"serverless only",
    # "Cloud: AWS, ECS only", "only ECS and Lambda"
    r"(?:ecs|cloud run|app service|fargate|lambda) only", r"only (?:on )?(?:ecs|fargate)",
    r"don't (?:have|run|use|want) (?:a |any )?clusters?",
    # "k8s? no", "k8s? lol no": the question said back, then the answer
    r"(?:kubernetes|k8s)\?? ?(?:(?:lol|haha|ha|lmao|heh|hah|nah|honestly|tbh),? )?(?:no|nope)",
    # "kubernetes - no thanks", "Kubernetes? not yet, maybe next year", "k8s: hard pass"
    r"(?:kubernetes|k8s)\s?(?:\?|-|:)?\s?(?:not yet|no thanks|no thank you|hard pass|not for us|no way)\b",
    # a cluster in the company that is not theirs to use: "there's an OpenShift cluster in the company, but our team
    # has no access to it"
    r"(?:kubernetes|k8s|openshift|cluster)\b[^.;!?]{0,60}\bbut (?:we|i|our team|my team|the team) (?:have|has|get|got) "
    r"no access",
    r"(?:we|i|our team|my team) (?:have|has) no access to (?:the |a |any |our |its )?(?:company'?s? )?"
    r"(?:kubernetes|k8s|openshift|clusters?)",
)

# -- workloads ------------------------------------------------------------------------------------

#: Text to be read, a natural-language job when no LLM reads it (LLM_READS): documents, customers' emails (not
#: emailing files around), free-text reports.
_TEXT_TO_READ = (r"documents", r"document (?:classif\w+|extraction|parsing|understanding)",
                 r"(?:customer|support|incoming|inbound|client) emails",
                 r"emails? (?:classif\w+|triage|routing|parsing)",
                 r"free[- ]text", r"(?:radiology|pathology|clinical|triage|discharge) (?:reports|notes)",
                 r"entity extraction", r"information extraction",
                 # a lawyer's text work: "clause extraction across vendor contracts", "contract review", "predictive
                 # coding with an SVM", "responsiveness and privilege calls", "pulling renewal terms out of leases"
                 r"clause[- ]extraction", r"contract (?:review|analysis|extraction)",
                 r"(?:privilege|responsiveness) (?:review|calls?|classif\w+)", r"predictive coding", r"e-?discovery",
                 r"(?:extract\w*|pull\w*) (?:[\w,]+ ){0,6}(?:out of|from) (?:the |our )?(?:[\w-]+ )?(?:leases|"
                 r"contracts|agreements)",
                 # "misinfo tweet classifier", "election misinformation desk", "finding check-worthy claims"
                 r"misinfo\w*", r"disinformation", r"check-?worthy claims", r"fake news")
WORKLOAD: dict[Workload, tuple[str, ...]] = {
    # a library (XGBoost), a data table or a spreadsheet alone does not say what the models are for
    Workload.TABULAR: (r"tabular", r"structured data", r"gradient[- ]boost(?:ing|ed)?(?: trees)?",
                       r"churn(?: prediction| models?)?", r"fraud(?: detection| models?)?",
                       r"credit[- ](?:scoring|risk)",
                       # the models said by what they do (not by their libraries alone: "models are sklearn
                       # pipelines" says no more than the library, as the development corpora read it): "a
                       # small LightGBM scorer", "scorecards in R", "our house price regression", "predict which
                       # donors will lapse", "score leads daily"
                       r"(?:sklearn|scikit-learn|lightgbm|xgboost|catboost) (?:scorers?|classifiers?|regressors?)",
                       r"credit scorecards?", r"scorecards? in (?:r|sas|python|excel)\b",
                       r"(?:house|home|property|car|used[- ]car|rent) price (?:regression|prediction|models?)",
                       r"predict\w* which (?:donors?|customers?|users?|members?|subscribers?|patients?|employees?|"
                       r"invoices?|loans?|accounts?|supporters?|borrowers?) (?:will|might|are likely to|would) "
                       r"(?:lapse|churn|leave|default|cancel|pay late|be paid late|convert|renew|quit)",
                       r"scor\w* (?:our |the |new |incoming )?leads\b",
                       # customers grouped: "customer segmentation with k-means", "clusters customers on RFM tables"
                       r"(?:customer|audience|market|user|shopper|rfm) segmentation", r"clusters? (?:of )?customers",
                       r"k-?means", r"rfm",
                       # "an XGBoost credit model", "bias testing for credit models"
                       r"(?:xgboost|lightgbm|catboost) (?:\w+ )?models?", r"credit models?",
                       # "mostly XGBoost on claims tables", "models are xgboost on claims data"
                       r"(?:xgboost|lightgbm|catboost) (?:on|for|with|over) (?:[\w-]+ ){0,2}(?:tables|data|features)",
                       r"propensity", r"classic ml", r"classical ml", r"risk models?",
                       r"lead scoring", r"loan (?:applications|defaults?|approvals?)",
                       # "GBMs and GLMs for motor premiums", "a GBM on trip tables", "from loan performance tables",
                       # "customer lifetime value"
                       r"gbms?", r"glms?",
                       r"(?:a |an |models? |trained |training |gbms? )(?:on|from) (?:[\w-]+ ){0,2}tables",
                       r"(?:customer )?lifetime value",
                       # development corpus 47: "a lead-scoring model (logistic regression)", "readmission risk",
                       # "patient risk stratification", "our price-estimation model"
                       r"lead-scoring", r"logistic regressions?", r"readmission(?: risk)?", r"risk stratification",
                       # development corpus 99: "we want to predict attrition in engineering and sales"
                       r"(?:employee |staff )?attrition",
                       r"price[- ]estimation",
                       # development corpus 68: lending in its own words ("adverse action reason codes", "we score 15k
                       # credit applications a day with a 500-tree XGBoost", "our underwriting model is LightGBM", "the
                       # credit modelling team")
                       r"adverse action", r"credit (?:applications?|underwriting|modell?ing|bureau)",
                       r"underwriting models?", r"\d+-trees? (?:xgboost|lightgbm|catboost|gbms?|random forests?)"),
    Workload.COMPUTER_VISION: (# "depth-estimation research", "crop disease classification", "scratch and dent
                               # detection on sheet metal", "our welding robot's vision system", "a 6-person vision
                               # group"
                               r"depth[- ]estimation", r"(?:crop|plant|leaf|skin) disease (?:classification|detection)",
                               r"(?:scratch|dent|crack|surface|weld\w*)(?: and (?:scratch|dent|crack)s?)? (?:detection|"
                               r"inspection)", r"vision systems?", r"vision (?:group|lab|team|research\w*)",
                               r"comput\w* vision", r"radiology(?! reports?)", r"dicom",
                               # development corpus 94/95: "our pathology slides are terabytes, each WSI is several
                               # GB", "histopathology", "MONAI bundles", "a skin lesion classifier", "tumour detection
                               # at scale", "action recognition on a Jetson", "CIFAR-10 takes 90 min on CPU", "YOLO
                               # masks crop fields in drone shots"
                               r"(?:digital )?pathology(?! reports?)", r"histopath\w*", r"whole[- ]slide", r"wsis?",
                               r"monai", r"(?:skin )?lesions?", r"tumou?r (?:detection|detectors?|segmentation)",
                               r"action recognition", r"cifar(?:-?10|-?100)?", r"microscop\w*",
                               r"drone (?:shots|images|footage|imagery|photos|video)",
                               r"vision(?: models?| tasks?| transformers?)",
                               # (not cross-validation, "walk-forward CV", "5-fold CV", "rolling cv with 2.4k folds";
                               # nor résumés, "we rank CVs")
                               r"(?<!walk-forward )(?<!walk forward )(?<!fold )(?<!-fold )(?<!nested )(?<!cross )"
                               r"(?<!rolling )(?<!time-series )(?<!time series )(?<!blocked )(?<!grouped )"
                               r"(?<!loo-)(?<!loo )(?<!-fold-)(?<!fold-)(?<!k-)"  # "LOO-CV", "10-fold-CV", "k-CV"
                               r"cv(?!s(?![a-z0-9]))(?! (?:with \S+ |over \S+ )?(?:folds?|splits?|scores?)\b)",
                               r"(?<!docker )(?<!container )(?<!base )(?<!vm )(?<!build )(?<!model )(?<!oci )"
                               r"(?<!apptainer )(?<!singularity )(?<!podman )"
                               # a container's image: "baked into the image", "the serving image is 4GB"
                               r"(?<!into the )(?<!into our )(?<!into an )(?<!serving )(?<!runtime )(?<!inference )"
                               r"(?<!cuda )(?<!app )(?<!api )"
                               # shipping containers: "every squad has its own way to build and deploy images",
                               # "CI builds the image and Argo CD rolls it out", "every model packaged as an image"
                               r"(?<!deploy )(?<!push )(?<!pull )(?<!publish )(?<!builds the )(?<!build the )"
                               r"(?<!push the )(?<!pull the )(?<!push our )"
                               r"(?<!built the )(?<!builds an )(?<!build an )(?<!built an )(?<!as an )"
                               # "its own 9 GB image", "Harbor as the registry for images"
                               r"(?<!gb )(?<!mb )(?<!registry for )(?<!registries for )"
                               r"(?:(?<!the new )image(?!s)|images)(?! registry| size| tags?\b| builds?\b| layers?\b|"
                               # container images kept somewhere: "images live in Harbor", "images in a registry"
                               r" (?:live |are kept |are stored |sit |go )?(?:in|to) (?:a |the |our )?(?:[\w-]+ )?"
                               r"(?:registry|harbor|ecr|gcr|acr|artifact registry|docker hub)\b|"
                               r" (?:is|was) (?:~ ?)?\d+(?:\.\d+)? ?(?:gb|mb|gib|g)\b)",
                               r"imagery",
                               r"bounding boxes", r"polygons", r"3d meshes", r"meshes",
                               r"image (?:classification|recognition|segmentation|data)", r"object detection",
                               # not a podcast's topics or speakers, nor customers grouped (tabular work)
                               r"(?<!topic )(?<!speaker )(?<!customer )(?<!audience )(?<!market )(?<!user )(?<!text )"
                               r"segmentation(?! notebooks?)", r"remote sensing", r"selfies?",
                               r"video(?![- ](?:conferenc\w*|calls?|meetings?|chats?))", r"ocr",
                               r"imaging(?! reports?)",
                               r"satellite(?! telemetry| signals?| navigation| positioning| links?)",
                               r"camera(?![- ]ready)", r"yolo(?:v?\d+[a-z]?)?", r"deepsort",
                               # images generated: "stable diffusion for props", "an SDXL pipeline", "ComfyUI
                               # workflows" (not "diffusion models" alone, of images or not)
                               r"stable ?diffusion", r"sdxl", r"comfyui", r"text[- ]to[- ]image",
                               r"image generation",
                               # frames of video: "broadcast football -> detection, tracking", "label more ball frames",
                               # "thumbnail candidates scored per frame"
                               r"(?:player|ball|object|multi-object|pose) tracking",
                               r"(?:video|ball|broadcast|trailer|match|labell?ed|camera) frames",
                               r"frames? (?:from|of) (?:the |a |our )?(?:video|broadcast|match|footage|clips?|"
                               r"trailers?)",
                               r"frame analysis", r"thumbnail (?:candidates|selection|variants|scoring|generation)",
                               # "defect detection on a factory line", "our defect detector" (not from sensor data)
                               r"(?:visual |wafer |surface )?defect detect(?:ion|ors?)(?! (?:from|on|in|using|with) "
                               r"(?:\w+ )?(?:sensors?|vibration|telemetry|logs|signals?|time series|sensor data))",
                               r"detection models?", r"pixels", r"photos?", r"x-rays?", r"radiographs?", r"scans",
                               r"lidar",
                               r"point[- ]clouds?", r"visual inspection",
                               # "self-driving perception", "autonomous trucks"
                               r"self-driving", r"autonomous (?:driving|vehicles?|trucks?|cars?)", r"perception",
                               # medical imaging: "tumor segmentation on MRI", "our ultrasound classifier"
                               r"(?<!f)mri", r"ultrasound", r"ct scans?", r"histopatholog\w*", r"mammogra\w*",
                               # development corpus 47: "many defect pictures", "receipt scanning", "our pallet
                               # detection network", "layout models on scanned pages"
                               r"(?:defect|damage|product|crop|plant|leaf|x-ray) pictures", r"receipt scanning",
                               r"detection (?:networks?|nets?)", r"layout models?", r"scanned (?:pages|documents)",
                               # development corpus 63: "object detectors on jetsons", "person detection runs on
                               # device", "pose estimation for a fitness mirror", "face-blur models", "plate reading"
                               r"object detectors?", r"(?:person|people|pedestrian|face|vehicle|licen[cs]e plate|weed|"
                               r"pallet|cone|grasp|shelf|logo|item|product) (?:detection|detectors?|recognition)",
                               r"(?:pose|depth|gaze) estimation", r"hand tracking", r"face[- ]?blur\w*",
                               r"plate reading", r"keypoints?", r"optical flow",
                               # development corpora 81-92: "labelers keep drawing loose boxes", "handwriting
                               # recognition", "a quantized MobileNetV2", "3D reconstruction"
                               r"(?:draw\w*|loose|tight|sloppy) (?:bounding )?boxes", r"handwriting recognition",
                               # "any HTR we can host ourselves", "handwritten ledgers", "handwritten war diaries"
                               r"htr", r"handwritten (?:ledgers|registers|letters|diaries|documents|pages|records|"
                               r"notes|forms|text|manuscripts)",
                               r"handwritten (?:text|documents?|pages|records)",
                               # (not a ResNet or a U-Net, which forecast sea ice or delivery times too)
                               r"(?:mobilenet|efficientnet|inception|vgg|convnext|detectron)(?:-?v?\d+)?",
                               r"(?:mask|faster) r-?cnn", r"3d reconstruction"),
    Workload.NLP: (r"nlp", r"natural language(?: processing)?", r"text(?: classification| data| models?| mining|"
                   r" analytics)?(?! files?| logs?| editors?| fields?| boxes?| messages?)", r"ner",
                   r"named entit(?:y|ies)", r"sentiment", r"(?:distil|ro|de)?bert",
                   r"transformers",
                   # "tfidf + logistic regression", "sklearn bag-of-words" (not an LLM app's retrieval: "retrieval is
                   # just tf-idf over a folder of docs", "TF-IDF retrieval feeding a T5 model")
                   r"(?<!retrieval is just )(?<!retrieval is )tf-?idf(?! retriev\w*| search\w*| over)",
                   r"bag[- ]of[- ]words",
                   r"language (?:understanding|tasks)", r"translation", r"spacy", r"topic model(?:s|ing)",
                   r"classify(?:ing)? (?:\w+ ){0,2}(?:emails|tickets|text)",
                   # "topic classification", "our ticket-routing classifier"
                   r"topic classification", r"(?:ticket|email)[- ]routing (?:classifiers?|models?)",
                   r"intents?", r"(?:computational )?linguistics",
                   # "classifies free-text radiology reports", "phishing emails", "a classifier that catches spam job
                   # posts", "query understanding (spelling, synonyms)", "a document classifier"
                   # "toxicity models per game and language", "a DistilBERT on toxic chat", "label chat lines as trash
                   # talk or banter"
                   r"toxicity (?:models?|classifiers?|detection)",
                   r"toxic (?:chat|comments?|messages|language)(?! (?:filter|guard))",
                   r"(?:label|classify|tag)\w* (?:[~\w-]+ ){0,3}chat (?:lines|messages|logs)",
                   r"(?:phishing|spam) (?:[\w-]+ )?(?:emails?|messages|posts|comments|reviews|"
                   r"detection|filter\w*|classifiers?)", r"query understanding", *_TEXT_TO_READ,
                   r"transformer pre-?training",
                   # development corpus 47: "classifying 2 million posts with a fine-tuned XLM-R"
                   r"xlm-?r(?:oberta)?",
                   # development corpus 96: "we trained a review classifier", "product review moderation in Portuguese"
                   r"reviews? (?:classifiers?|moderation)"),
    Workload.LLM: (# RAG's own metrics and products: "computes faithfulness and context recall with ragas", "an
                   # assistant that answers questions over product manuals"
                   r"faithfulness", r"context (?:recall|precision|relevancy)", r"answer relevancy",
                   r"(?:assistant|bot|chatbot|copilot) that answers questions (?:over|about|from|on)",
                   r"llm apps?", r"llms?", r"large language models?", r"language models?", r"rag", r"chat ?bots?",
                   r"(?:q ?& ?a|qa) (?:bots?|assistants?)",
                   # what only a generative model does: "our legal assistant makes something up in 1 of 5 answers",
                   # "the support bot confidently invents refund policies"
                   r"(?:assistant|bot|chatbot|copilot) (?:\w+ ){0,3}(?:makes? (?:something|stuff|things) up|"
                   r"invent\w*)",
                   # development corpus 95: "the district is piloting an AI tutor", "the tutor bot must not give
                   # away answers"
                   r"(?:ai|llm|gpt) tutors?", r"tutor ?bots?",
                   r"gen ?ai", r"generative ai",
                   # not a CI runner's or a monitoring tool's agents, nor reinforcement learning's or a W&B sweep's
                   r"(?<!build )(?<!ci )(?<!ci/cd )(?<!clearml )(?<!buildkite )(?<!jenkins )(?<!datadog )"
                   r"(?<!monitoring )(?<!rl )(?<!reinforcement learning )(?<!sweep )(?<!w&b )(?<!wandb )"
                   # people: "our support agents are willing to label", "labels come from agents picking a category"
                   r"(?<!support )(?<!human )(?<!center )(?<!centre )(?<!sales )(?<!service )(?<!insurance )"
                   r"(?<!travel )(?<!estate )(?<!server )(?<!ml-)(?:agentic|agents|agent)(?![a-z])"
                   r"(?! (?:pick|tag|label|answer|handl)\w*)"
                   r"(?! (?:setup|install\w*|pools?|nodes?|daemons?|jobs|machines?))",
                   r"gpt(?:-?\d)?",
                   r"openai", r"anthropic", r"claude", r"llama", r"mistral", r"(?<!/)prompts?(?: engineering)?",
                   # development corpus 99: open model families with their version ("llama3.1 8b for alert
                   # summaries", "qwen2.5 on the GPU box")
                   r"llama-?\d[\w.]*", r"qwen[\d.]*", r"gemma-?\d[\w.]*", r"deepseek(?:-?[\w.]+)?", r"mixtral",
                   r"phi-?\d[\w.]*",
                   # not the coding assistant they pay for: "a GitHub Copilot subscription"
                   r"(?<!github )copilots?", r"ai assistants?", r"fine-?tun(?:e|ing) (?:an? )?(?:llm|llama|open)s?",
                   r"retrieval[- ]augmented",
                   # (not a foundation model of another medium: "time-series foundation models", "vision foundation
                   # model")
                   r"(?<!time-series )(?<!time series )(?<!forecasting )(?<!vision )(?<!image )(?<!tabular )"
                   r"(?<!speech )(?<!audio )foundation models?", r"chatgpt", r"gemini",
                   # the Model Context Protocol, by which LLM apps call tools: "each release of our MCP server"
                   r"mcp(?: servers?| tools?| clients?)?", r"model context protocol", r"hallucinat\w*",
                   r"embed(?:s|ding)? (?:\w+ )?documents", r"document[- ]qa",
                   r"summari[sz]ation", r"\d+b (?:param(?:eter)?s? )?models?",
                   # "need cheap gpus to finetune a 7B", "serving a 70b"
                   r"(?:fine-?tun\w*|finetun\w*|train\w*|serv\w*|host\w*|run\w*) (?:a |an |the |our )?\d+(?:\.\d+)?b",
                   r"vllm", r"litellm", r"langchain",
                   r"langgraph", r"langsmith", r"langfuse", r"llama ?index", r"crew ?ai", r"pydantic[- ]?ai",
                   # development corpus 77: "an HR policy bot", "users paste SSNs into our shopping assistant", "a
                   # QLoRA run", "a LoRA-tuned small model", "an open-weight model", "users keep trying prompt
                   # injection"
                   # (not a support bot, which may classify intents, nor a voice assistant, nor LoRAs of an image model)
                   r"(?:faq|docs|policy|hr|qa|q&a|knowledge) bots?",
                   r"(?:support|shopping|coding|docs|hr|policy|writing|knowledge) assistants?", r"qlora",
                   r"lora[- ]tuned (?:\w+ )?(?:models?|llms?)", r"open[- ]weights? (?:llms?|models?)",
                   r"prompt injections?", r"jailbreaks?"),
    Workload.TIME_SERIES: (r"time[- ]?seri(?:es|e)", r"forecast(?:s|ing)?", r"nowcast(?:s|ing)?", r"demand planning",
                           # a horizon: "an LSTM predicts building load 18h ahead", "hourly, 18h ahead", "one model
                           # per cluster, 1-2 months ahead"; minutes only after "predicts" (not ETA models: the
                           # writers label them time series as often as tabular work, or not at all)
                           r"(?:\d+(?:-\d+)?|one|two|three|four|six|twelve) ?(?:h|hours?|days?|weeks?|months?) ahead",
                           r"predicts? (?:\w+ ){1,3}\d+ ?min(?:utes)? ahead",
                           # the forecasting models by name: "comparing SARIMA, Prophet and LSTMs"
                           r"s?arima", r"prophet",
                           r"sensor data",
                           # (not a tool's own telemetry: "nothing sends telemetry outside", "all telemetry has to
                           # be off")
                           # (not an IoT platform, which carries camera models as well: "Azure IoT Edge modules with
                           # ONNX models inside", "pushed through IoT Hub", "the AWS IoT thing registry")
                           r"iot(?! (?:edge|hub|core|thing|greengrass|central|device management))",
                           r"(?<!sends )(?<!send )(?<!sending )(?<!no )(?<!disable )(?<!disabling )(?<!all )"
                           r"(?<!vendor )(?<!usage )(?<!game )(?<!liveops )(?<!live-event )(?<!player )(?<!app )"
                           r"(?<!product )(?<!mouse )telemetry(?! (?:off|outside|to |is off|has to be off|must be off|"
                           r"sdk|disabled|opt))", r"predictive maintenance", r"anomaly detection", r"sales forecast",
                           r"stock prices?", r"temporal data", r"sequential data",
                           # "models on sensor series from the plant floor", "the new sensor feed"
                           r"sensor (?:series|feeds?|streams?|readings)", r"predictive-maintenance",
                           r"(?:vibration|temperature|pressure) sensors?",
                           # development corpus 63: "gesture recognition from IMU data", "vibration models"
                           r"imu (?:data|signals?|readings)", r"accelerometers?",
                           r"vibration (?:data|signals?|models?)",
                           # "predicting scooter demand per zone", "current/voltage waveforms sampled at 10kHz"
                           r"predict\w* (?:[\w-]+ ){0,2}demand",
                           r"(?:current|voltage|electrical|ecg|vibration|sensor|signal) waveforms?",
                           # development corpus 47: "a model to predict donation volumes per warehouse"
                           r"predict\w* (?:[\w-]+ ){0,2}volumes? (?:per|for each|by) (?:\w+)"),
    Workload.RECOMMENDER: (r"(?<!tool )(?<!tools )recommenders?", r"recsys",
                           r"click-?through (?:prediction|rate)",
                           # "a music recommendation app", "a 'similar items' model"
                           r"(?:music|movie|product|content|video|news|song|book|item|job) recommendation (?:apps?|"
                           r"features?|services?|widgets?)",
                           r"similar[- ]items?['\"]? (?:models?|recommendations?|widgets?)",
                           r"recommendation (?:systems?|engines?|models?)",
                           # "article recommendations", "a 'recommended bundles' model", "'you may also like'"
                           r"(?:article|product|content|video|news|song|music|movie|item|job|course|podcast|episode|"
                           r"title|track|playlist|artist|show|game) recommendations",
                           # "as part of our recommendations stack", "watch-history features feeding our recs"
                           r"recommendations? (?:stack|pipelines?|platform|surfaces?|rails?|models?|engines?|"
                           r"systems?|service)",
                           r"(?:our|their) recs",
                           # "click-through on our recommendations", "recommendations for our loan marketplace"
                           r"click-?through on (?:our |the )?recommendations",
                           r"recommendations for (?:our|the|my) (?:[\w-]+ )?(?:app|site|store|shop|marketplace|"
                           r"platform|users|customers|website|members|readers|listeners|viewers)",
                           r"recommended (?:bundles|products|items|articles|content)", r"you may also like",
                           # "amazon-style 'you might like'", "up-sell and cross-sell blocks", "LightFM-style matrix
                           # factorization", "two-stage recs", "a GRU4Rec baseline", "RecBole"
                           r"you might (?:also )?like",
                           # "personalised ticket and merch recommendations", "recommending highlights and articles"
                           r"personali[sz]ed (?:[\w-]+ (?:and |& )?){0,3}recommendations",
                           r"recommending (?:[\w-]+ (?:and |& )?){0,3}(?:articles|products|items|highlights|videos|"
                           r"songs|content|courses|jobs|tracks|episodes|listings)",
                           r"(?:up-?sell|cross-?sell)(?: and (?:up-?sell|cross-?sell))? (?:blocks?|widgets?|carousels?|"
                           r"recommendations|recs)\b",
                           r"matrix factori[sz]ation", r"(?:two|2|multi)[- ]stage (?:recs|recommend\w*|ranking)",
                           r"gru4rec", r"recbole", r"two[- ]tower (?:models?|retrieval|recommend\w*)",
                           r"(?:people|customers) (?:who )?(?:also )?bought",
                           r"recommendations? for (?:users|customers|products)", r"personali[sz]ation",
                           r"ranking models?", r"search ranking", r"(?:news ?)?feed ranking",
                           r"collaborative filtering",
                           r"next[- ]best[- ]action", r"product recommendations?", r"ad ranking", r"ctr",
                           # "product recs", "the recs model" (not "any recs?", which asks for recommendations)
                           r"(?:product|content|video|music|news|feed|item|movie|shopping|personali[sz]ed) recs",
                           r"recs (?:models?|systems?|engines?|team|pipelines?|services?|api)",
                           r"recs for (?:the |our )?(?:homepage|home page|feed|users|customers|app|site|shop|store)",
                           r"(?:real-?time|online|serving|serve|ranked) recs",
                           # listed with other work: "Recs and demand forecasting", "forecasting + recs"
                           r"(?<!any )(?<!some )(?<!good )(?<!your )recs(?:,? (?:and|&|\+)|, plus)",
                           r"(?:and|&|\+) recs(?! for (?:a|an|any|some))",
                           r"recommended for you",
                           # recommendations they make, not the ones they ask of us: "building recommendations for a
                           # streaming app", "we serve recommendations to 2M users"
                           r"(?:build(?:s|ing)?|built|generat(?:e|es|ing)|serv(?:e|es|ing)|comput(?:e|es|ing)|"
                           r"power(?:s|ing)?) (?:personali[sz]ed |real-?time |the |our )?recommendations"
                           r"(?= (?:for|to|in|on) (?!(?:\w+ )?(?:tools?|mlops|stack|platforms?)\b))",
                           # "learning-to-rank on top of OpenSearch", "the click-through model that ranks which ad",
                           # "need 'similar items' for 3M listings", "next-best-offer models", "recommendations on the
                           # homepage"
                           r"learning[- ]to[- ]rank", r"click-?through models?", r"['\"]similar items['\"]",
                           r"next[- ]best[- ]offers?",
                           r"recommendations (?:on|in) (?:the |our )?(?:homepage|home page|feed|app|site|store)",
                           # development corpus 47: "'customers also bought' recommendations"
                           r"customers? (?:who bought (?:this )?)?also bought",
                           # "sequence-based recommendations", "'bought together' recs", "recs from page views, cart
                           # adds and purchases", "Boss wants 'similar products'"
                           r"(?:sequence|session|sequential|similar[- ]products?|(?:frequently )?bought[- ]together|"
                           r"related[- ]products?|homepage|home page)['\"’”]?(?:-based| based)? "
                           r"(?:recommendations|recs)\b",
                           r"['\"‘“]similar products['\"’”]", r"['\"‘“](?:frequently )?bought together['\"’”]",
                           r"recs (?:from|based on) (?:\w+ ){0,2}(?:views|clicks|purchases|cart|history|behaviou?r)"),
    Workload.SPEECH: (r"speech(?:[- ]to[- ]text| recognition| models?)?",
                      r"audio(?! (?:apps?|streamers?|streaming (?:apps?|services?|platforms?|company)))", r"asr",
                      r"tts",
                      r"text-to-speech",
                      r"keyword spotting", r"speaker (?:id|identification|verification|diarization|recognition)",
                      r"wake[- ]words?",
                      # (not a brand's tone of voice, nor the voice of the customer)
                      r"(?<!tone of )(?<!brand )(?<!brand's )voice(?! (?:and|&) tone| of (?:the|our) customers?)",
                      r"whisper", r"transcri(?:be|ption)s?", r"call recordings",
                      # sounds recorded under water or in the wild: "a humpback song detector", "bowhead whale calls",
                      # "hydrophone data", "echolocation click classification", "reef soundscape CNN"
                      r"hydrophones?", r"whale (?:calls?|songs?)", r"bioacoustic\w*", r"soundscapes?",
                      r"echolocation", r"bird ?songs?", r"(?:humpback|song) detector",
                      r"acoustic (?:monitoring|detectors?|recordings?)",
                      r"podcasts?(?! recommendations?)",
                      # music tagged, classified or generated: "music tagging models", "auto-tags for mood, genre and
                      # instruments", "open music-generation models"
                      r"music[- ](?:tagging|generation|classification|transcription|tagger|generators?|models?)",
                      r"music models?", r"(?:genre|mood|instrument) (?:tagging|tags|classification|detection)"),
    Workload.OTHER: (r"reinforcement learning", r"rl", r"graph neural networks?", r"gnns?", r"graph ml",
                     # models of protein sequences, not LLM apps (named before "proteins?", whose shorter match
                     # would win, so that the longer phrase holds "language models")
                     r"protein language models?", r"plms?",
                     r"bioinformatics", r"genomics", r"rna-?seq", r"single-cell", r"gene expression", r"proteins?",
                     r"molecul(?:e|es|ar)", r"simulations?",
                     # the sciences of drugs, cells and genomes, by their own words ("ADMET predictors", "QSAR,
                     # docking", "a classifier on top of the variant calls", "proteomics + expression data")
                     r"drug discovery", r"computational chemistry", r"comp chem", r"cheminformatics", r"qsar",
                     r"admet?", r"alphafold\d?", r"variant call(?:s|ing|er)?", r"proteomics", r"methylation",
                     r"chromatin",
                     r"optimi[sz]ation problems", r"scientific ml", r"physics",
                     # brain signals, as neuroscience labs record them
                     r"fmri", r"eeg", r"neural recordings", r"neuroscience"),
}

#: Text that an LLM app reads, said beside LLM work ("document extraction with LLMs", "an agent that reads support
#: emails", "RAG over the city's documents"): what the LLM does, not a second kind of model (NLP); "NER" or
#: "sentiment" would be one.
LLM_READS = re.compile("(?:" + "|".join((*_TEXT_TO_READ, r"document", r"text(?: data)?")) + ")")


# -- frustrations: what hurts --------------------------------------------------------------------

_SLOW = (r"(?:slow|painful|hard|difficult|a nightmare|a pain|a mess|takes? (?:forever|ages|weeks|months|"
         r"days|too long|long)|take (?:forever|ages|weeks|months)|is slow|are slow|drags?|stuck|blocked|broken|"
         r"bottleneck)")  # fmt: skip
#: Features that differ between training and serving, said as such: "our feature pipelines in training and serving
#: differ", "the feature code for training and for serving has drifted apart", "our online and offline features
#: don't match" (a pain of data quality, and what a feature store is for).
FEATURES_DIFFER = (r"(?:features? (?:pipelines? |code |logic )?(?:in|for|at) training and (?:in |for |at )?"
                   r"(?:serving|inference|production|prod)|(?:training|offline) and (?:serving|online|inference) "
                   r"features?|(?:online|serving) and (?:offline|training) features?)(?: (?:code|logic|pipelines?))? "
                   r"(?:have |has )?(?:differ|diverge\w*|drifted apart|don't match|do not match|are different|"
                   r"disagree)")
FRUSTRATION: dict[Frustration, tuple[str, ...]] = {
    Frustration.STUCK_IN_NOTEBOOKS: (
        # "the DS folks want to ship their notebooks straight into the prod codebase"
        r"ship(?:ping|s)? (?:their |the |our |my |these |those )?notebooks (?:straight |directly |as[- ]is )?"
        r"(?:in)?to (?:the |our )?prod\w*",
        # "everything is a notebook, which is exactly the problem", "everything we do is in Jupyter, training
        # included", "inheriting 40 notebooks and zero tests"
        r"everything (?:we do |we have |we build )?(?:is|lives|runs) (?:in )?(?:a |one )?"
        r"(?:jupyter |databricks |colab )?notebooks?\b,? (?:which is|that's|training included|including training|"
        r"even training|end to end)",
        r"(?:everything|all of it) (?:we do )?is in (?:jupyter|notebooks),? (?:training included|including training)",
        r"inherit\w* (?:\d+|[a-z]+) notebooks",
        # "our model has sat in a notebook for 6 months while we argue about which platform to buy"
        r"(?:sat|sits|sitting|been sitting|lived|lives|stuck) in (?:a |the |our |my )?(?:jupyter |colab )?notebooks? "
        r"for (?:\w+ ){0,2}(?:weeks|months|years|ages)",
        # "everyone uses notebooks in Databricks and nothing goes to production since 1 year"
        r"notebooks\b[^.;!?]{0,60}\bnothing (?:ever )?(?:goes|went|gets|got|reaches|reached|makes it) (?:in)?to "
        r"(?:prod|production)",
        # "all our production jobs are notebooks run by Papermill on cron"
        r"production (?:jobs|pipelines?|models?) (?:are|is) (?:\w+ )?notebooks",
        # "half my week is rerunning the same segmentation notebook", "everything I've built is in Colab notebooks"
        r"re-?running (?:the same |that same |this same )"
        r"(?:[\w-]+ )?notebooks?",  # a chore (not "I rerun it: 3 points off")
        r"everything (?:i've|i have|we've|we have) (?:built|made|written|done) (?:\w+ ){0,2}(?:is|lives?|sits?) "
        r"in (?:\w+ )?notebooks",
        # "'notebooks in production'", "~50 models spread over a hundred Jupyter notebooks", "schedules .ipynb files
        # with papermill", "opens a notebook at 8am Monday and hits Run All"
        r"notebooks? (?:running )?in prod(?:uction)?",
        r"models? (?:spread|scattered|living|that live) (?:over|across|in) (?:\w+ ){0,3}(?:jupyter )?notebooks",
        r"(?:schedul\w+|runs?|running) (?:\.?ipynb|notebooks?|the notebooks?)(?: files)? (?:with|via|through|in) "
        r"papermill",
        r"opens? (?:a|the|her|his|their|my|our) notebook (?:\S+ ){0,6}(?:hits?|clicks?|presses?|runs?) ['\"]?run all",
        # "get from sklearn notebooks to something deployable"
        r"(?:get|go|move|turn|getting|going|moving|turning) (?:from )?(?:our |my |the )?(?:[\w-]+ ){0,2}notebooks? "
        r"(?:in)?to (?:something|anything) (?:deployable|in prod\w*|production[- ]ready|maintainable|real)",
        # "the notebook IS the pipeline", "our notebooks are our production"
        r"(?:the |our |a )?notebooks? (?:is|are) (?:the|our) (?:whole )?(?:pipeline|production|prod|deployment|"
        r"workflow)",
        # "our notebooks are the only place the training code lives"
        r"notebooks? (?:are|is) the only place (?:\w+ ){0,3}(?:lives?|exists?|is|are)",
        # "it lives in my jupyter notebook", "all in notebooks on a shared vm", "a churn model in a notebook",
        # "the 'notebooks and a prayer' stage"
        r"(?:lives?|living|sits?|stuck) in (?:my |a |our |one |her |his |their |the )?(?:jupyter )?notebooks?",
        # "every morning our analyst opens a notebook, reruns all the cells"
        r"re-?run\w* all (?:the |of the )?cells",
        r"(?:all|everything) (?:is |are )?(?:still )?in notebooks", r"notebooks and a prayer",
        r"models? in (?:a|my|our) notebook",
        # where the work lives: "training still happens in notebooks", "churn model lives in a Colab", "each
        # DS copy-pastes from their last notebook"
        r"(?:training|model|models|modelling|pipeline|code|work) (?:\w+ )?(?:lives?|living|happens?|runs?|"
        r"running|is|are|done) (?:still |only |all |entirely )?in (?:a |the |one |our |their |some |"
        r"someone's |my )?(?:\w+ )?(?:notebooks?|colabs?|jupyter)\b",
        r"copy-?past\w* (?:\w+ ){0,3}notebooks?",
        # all the work in notebooks: "we do everything in Google Colab", "the data scientists live in Colab", "we rerun
        # the notebooks by hand", "it's all scripts + notebooks" (models only trained in one are not said to be stuck)
        r"(?:do|does|did) (?:everything|all (?:of )?(?:it|our work)) in (?:google )?(?:colab|jupyter(?:lab)?|"
        r"notebooks)",
        r"(?:live|lives|living) in (?:google )?colab", r"re-?run\w* (?:the |our |all (?:the )?)?(?:\w+ )?notebooks",
        r"(?:all|just|only) (?:bash )?scripts? (?:\+|and|&) notebooks", r"(?:all|just|only) notebooks (?:\+|and|&) "
        r"(?:bash )?scripts?",
        r"hands? over (?:a |the |their |his |her )?(?:\.?ipynb|notebooks?)",
        # a notebook handed over as the model, or standing for production: "DS team sends us .ipynb files", "DS gives
        # them a notebook", "notebook -> prod takes 3 months", "our 'production' recommender is literally a notebook",
        # "the 'training pipeline' is a notebook with 140 cells", "retraining = me, a notebook and a coffee", "100%
        # notebooks", "todo en notebooks"
        r"(?:send|sends|sent|give|gives|gave|hand|hands|handed|email|emails|emailed) (?:us |me |them |him |her )?"
        r"(?:a |an |the |their )?(?:\.?ipynb|notebooks?)",
        r"notebook ?(?:→|->|to) ?(?:prod|production)\b",
        r"(?:pipeline|production|prod|model|recommender|forecast|retraining)['\"]? (?:\w+ ){0,2}is "
        r"(?:literally |basically |just |really )?(?:a |an |one )?(?:[\w-]+ )?notebook\b",
        r"= me,? (?:and )?a notebook", r"100 ?% notebooks", r"todo en notebooks",
        # a release that is someone re-running a notebook: "a pile of notebooks on a shared VM", "goes to prod when
        # Priya reruns all the cells", "a 900-cell notebook only Tomasz can run", "a graveyard of notebooks", "our data
        # scientists live in notebooks", "everything stays a notebook", "run everything by hand from notebooks"
        r"(?:pile|heap|bunch|graveyard|folder|mess) of (?:[\w'-]+ ){0,2}notebooks",
        r"\d+[- ]cell notebook", r"(?:live|lives|living) in (?:their |our )?notebooks",
        r"(?:stays?|stay stuck|remains?) (?:as )?(?:a |in )?notebooks?", 
        r"run(?:s|ning)? everything by hand (?:from|in) notebooks",
        r"(?:colab|jupyter|ipython) notebook (?:that )?(?:'|\")?is the model",
        # "it only runs from her notebook, cell by cell"
        r"only runs (?:from|in) (?:her|his|my|their|a|one) notebook",
        # "we're determined to get off notebooks", "a notebook on a laptop scheduled with Task Scheduler"
        r"get (?:us |the team )?off (?:of )?(?:jupyter |the )?notebooks",
        r"notebooks? (?:\w+ ){0,4}scheduled (?:with|by|via|through) (?:windows )?(?:task scheduler|cron)",
        # notebooks standing in for a pipeline or a release: "our 'pipeline' is 14 notebooks", "30 notebooks that
        # are officially 'production'", "40 copy-pasted notebooks", "what to do with an .ipynb", "emailed notebooks"
        # "they all live in Workbench notebooks", "it's all notebooks lol", "the whole thing is notebooks on a shared
        # drive", "everyone wants me to turn their notebooks into pipelines"
        r"(?:we|they|i) (?:all )?live in (?:[\w-]+ ){0,2}notebooks", r"(?:it's|its|it is) all (?:just )?notebooks",
        r"(?:the )?whole thing is (?:just )?notebooks",
        r"(?:turn|turning|convert\w*|productioni[sz]\w*) (?:\w+ ){0,2}notebooks? (?:into|to) (?:a |real |proper )?"
        r"(?:pipelines?|jobs|code|services?|scripts?|\.py(?: files?)?|python (?:files?|modules?))",
        # "someone copies cells into .py files by hand", "a cleaner path notebook -> pipeline"
        r"cop(?:y|ies|ying|ied)(?:[- ]past\w*)? (?:the |our |their |notebook )?cells? (?:into|to)",
        r"(?:path|way|road|route|bridge) (?:from )?(?:the |a |our )?notebooks? (?:->|→|to|into) (?:a |the )?"
        r"(?:pipelines?|prod\w*|scripts?|jobs?)",
        # "every model we've built lives in Jupyter", "copy-pasting cells into a .py file", "whatever last ran on
        # Mark's laptop", "works great in colab", "70 notebooks named final_v3", "everything they produce is a notebook"
        r"(?:can't|cannot|couldn't) get (?:\w+ ){0,3}out of (?:the |our |my )?notebooks",
        r"notebooks for (?:literally |pretty much |basically )?everything",
        r"(?:every|each|all) (?:[\w']+ ){0,3}(?:lives?|live) in (?:jupyter|colab|(?:\w+ )?notebooks?|some \w+'s "
        r"\.?ipynb)", r"copy-?past\w* cells", r"whatever last ran on", r"works (?:great|fine|well) in (?:colab|jupyter|"
        r"the notebook|my notebook)", r"notebooks named", r"everything (?:\w+ ){0,3}(?:produce|build|make|write)s? is "
        r"(?:a |in )?(?:notebooks?|jupyter)",
        r"pipeline'? (?:is|are) (?:just )?(?:\d+ |\w+ )?notebooks", r"notebooks (?:that|which) (?:are|is) "
        r"(?:officially |basically |technically |our )?'?prod(?:uction)?\b", r"copy-?past\w* notebooks",
        r"what to do with (?:an? |the |my |our )?(?:\.?ipynb|notebook)", r"email\w* notebooks",
        r"notebooks?[.:;,]? (?:\w+ ){0,2}nothing (?:ever )?(?:leaves|gets out of|makes it out of) (?:them|it)",
        # work that cannot leave the notebooks: "we cannot go out from notebooks to production", "nothing leaves them"
        r"(?:can't|cannot|can not|never|don't) (?:go|get|move|make it) (?:out )?(?:of |from )(?:the |our )?notebooks?",
        r"nothing (?:ever )?(?:leaves|gets out of) (?:the |our )?(?:notebooks?|jupyter|colab)",
        r"(?:turn|get|move)\w* (?:a |the |our |this |her |his |their )?notebooks? into (?:something|production|prod)",
        r"notebooks,? all of (?:it|them)", r"(?:by hand|manually) across (?:\d+ )?notebooks",
        r"(?:get|move|take)\w* (?:[\w-]+ ){0,4}out of (?:a |the |our |my |their )?(?:colab |jupyter )?notebooks?",
        r"keep (?:their|our|all|the) (?:work|code|models?) in (?:\w+ )?notebooks",
        r"productioni[sz]e (?:\w+ ){0,2}notebooks",
        r"notebooks? (?:[\w']+ ){0,8}(?:won't|don't|doesn't|can't) (?:run|install|work) any ?more",
        r"stuck in (?:notebooks|jupyter|colab)", r"notebook (?:hell|mess|spaghetti|sprawl|chaos)",
        r"(?:everything|all|code|work|models?) (?:lives?|is|are|stays?|sits?) (?:only )?in (?:jupyter )?"
        r"(?:notebooks|jupyter)",
        r"(?:never|don't|doesn't|can't) (?:leave|get out of|make it out of) (?:the )?(?:notebooks?|jupyter)",
        r"(?:messy|too many|endless|random|so many) (?:jupyter |ipython |colab )?notebooks",
        r"notebooks? (?:everywhere|all over|to production|"
        r"into production|don't scale|are a mess|are messy)", r"trapped in notebooks", r"living in notebooks",
        r"from notebooks? to (?:prod|production|pipelines)", r"copy-?past(?:e|ing) (?:between )?notebooks",
        r"stuck in jupyter", r"only (?:work|works|working|live|lives) in (?:\w+ )?notebooks",
        r"(?:everything|all|code|work|models?) (?:lives?|is|are|stays?|sits?) (?:only )?in (?:google )?colab",
        r"(?:everything|all|(?:our |the |their )?code|(?:most |all )?(?:of )?(?:our |the )?work|models?) (?:\w+ ){0,2}"
        r"(?:lives?|is|are|stays?|sits?|happens?|done|does|do) (?:\w+ ){0,3}in (?:\w+ ){0,2}notebooks",
        r"(?:scripts|jobs|pipelines) that (?:\w+ )?(?:call|run|execute) notebooks",
        r"notebooks? (?:[\w']+ ){0,6}(?:won't|don't|doesn't|can't) (?:run|install|work) any ?more",
        r"(?:everything|all of it|it's all) (?:is |are )?(?:\w+ )?notebooks", r"(?:do|does|doing) (?:\w+ ){0,2}work "
        r"in (?:\w+ ){0,2}notebooks",
        # "training code spread over 30+ notebooks", "the model lives in an Excel-triggered notebook"
        r"(?:code|training|models?|logic) (?:\w+ ){0,2}(?:spread|scattered) (?:over|across) "
        r"(?:\d+\+? |many |dozens of )?notebooks",
        r"(?:model|models|code|pipeline|training) (?:\w+ ){0,2}(?:lives?|runs?|sits?) in (?:an? |the |one )"
        r"(?:[\w-]+ ){0,2}notebook\b", r"hand(?:s|ed|ing)? (?:me|us|them) (?:their )?notebooks",
        # "everything I've built lives in notebooks", "she emails me a notebook", "they build in notebooks, then …"
        r"(?:everything|all of it|it all|all the code|our code) (?:(?:i|we)(?:'ve| have)? built )?lives? in (?:\w+ )?"
        r"notebooks", r"emails? (?:me |us )?(?:a |the |their |her |his )?notebooks?",
        r"copy (?:the |their |her |his )?code (?:out of (?:the |a )?notebooks? )?(?:by hand )?into",
        r"build (?:everything |it |them )?in (?:\w+ )?notebooks,? (?:and )?then",
        # "Phoenix throws notebooks over the wall", "nothing we build ever makes it to production",
        # "whatever gets our notebooks into production", "every analysis is a notebook"
        r"throws? (?:\w+ )?notebooks? over the wall", r"nothing (?:[\w-]+ ){0,3}(?:build|make|train)s? (?:ever )?"
        r"(?:makes it|gets|goes) (?:to|into) prod(?:uction)?",
        r"(?:get|gets|getting|move|moving) (?:our |their |the |these |those )?notebooks? into (?:production|prod|"
        r"pipelines?)", r"(?:every|each) (?:analysis|model|project|experiment) is (?:a |in a )?notebook",
        r"model trained in a notebook",
        # a job that is a notebook: "the weekly forecast is a notebook on my laptop", "prototype in notebooks and
        # then someone rewrites it", "one giant notebook I can't schedule", "starts and ends in notebooks"
        r"(?:forecast|model|pipeline|report|job|scoring|training|process|thing) is (?:a|one|an?) (?:\w+ ){0,2}"
        r"notebook", r"prototyp\w* in (?:\w+ ){0,2}notebooks", r"(?:starts|begins) and ends in (?:\w+ ){0,2}notebooks",
        r"notebooks? (?:that )?(?:i|we|they) (?:can't|cannot|can not) (?:schedule|deploy|automate|run)",
        r"(?:left|lives?|living|sitting|sits) (?:behind )?in (?:a|one|an?) (?:\w+ ){0,2}notebook",
        # development corpora 34, 37, 40: "orchestrated from one giant notebook that only I understand", "the churn
        # model is still a pickle in my notebook", "get our team off notebooks"
        r"(?:one )?(?:giant|huge|massive|big) notebook that only (?:i|one person|he|she|one of us) understands?",
        r"still a pickle in (?:my|a|the|our|her|his) notebook",
        r"(?:get|getting|move|moving) (?:\w+ ){0,3}off (?:of )?(?:jupyter )?notebooks",
        # development corpus 76: "we 'deploy' by running a Jupyter notebook on a cron job", "a copied notebook cell is
        # now a production dependency", "we just deploy from a notebook"
        r"deploy\W{0,2} by running (?:a |the |our )?(?:jupyter )?notebooks?",
        r"notebook (?:cells? )?(?:is|are) (?:now )?(?:a )?production dependenc",
        r"deploy(?:s|ing)? (?:straight |right )?from a notebook",
    ),
    Frustration.CANT_REPRODUCE: (
        # development corpora 70-93: "reproducing a model from three months ago is near impossible", "I can't even
        # replicate the shipped model", "nobody knows what data they were trained on", "no idea which adapter came from
        # which data", "our eval numbers change every time someone reruns them", "we can't tell whether the code, data
        # or config changed", "nobody can tell which model version set which price"
        r"reproduc\w* (?:a |the |our |that |last \w+'s )?(?:[\w-]+ )?(?:model|training run|run|results?) "
        r"(?:\w+ ){0,4}(?:is |was )?(?:near(?:ly)? |almost |basically |practically )?impossible",
        r"(?:can't|cannot|couldn't|can not) (?:even )?(?:replicate|reproduce|rebuild|recreate) (?:the |our |a )?"
        r"(?:shipped |deployed |production |prod |live |original )?model",
        r"(?:no one|nobody) knows (?:\w+ ){0,6}what data (?:they|it|the models?) (?:were|was) trained on",
        r"no idea which (?:[\w-]+ ){0,2}came from which",
        r"(?:eval|evaluation|benchmark|test) (?:numbers|scores|results) change every time",
        r"(?:can't|cannot|couldn't) tell whether the (?:code|data|config)",
        r"(?:nobody|no one|no-one) can tell which (?:model )?version (?:set|made|produced|gave|picked|created|"
        r"generated)",
        # "no one know which dataset version was used for which model"
        r"(?:no one|nobody|none of us|we don't|we do not|can't|cannot) (?:\w+ )?(?:knows?|tell|say) which "
        r"(?:data(?:set)?|data ?set) (?:version )?(?:was |is )?used for (?:which|what|that|each) models?",
        # development corpus 81: "replicate old results when someone reruns a model, which we can't", "I keep losing
        # which settings gave the best run"
        r"(?:replicate|reproduce|rebuild|recreate) (?:the |our |my )?(?:old|past|previous|earlier|older) (?:results|"
        r"runs|experiments|models?|numbers)(?:[^.;!?]{0,60}\b(?:can't|cannot|can not|couldn't))",
        r"(?:keep |kept )?(?:losing|lose|lost) (?:track of )?which (?:settings|config\w*|params|parameters|"
        r"hyper-?param\w*) (?:gave|produced|got|made)",
        # "'it worked on my machine' has been said in standup 11 times", "nobody can get the same numbers twice"
        r"(?:it )?(?:works|worked) on my machine",
        r"(?:nobody|no one|none of us|we|i) (?:can|could|can't|cannot|couldn't) (?:ever )?get the same (?:numbers|"
        r"results|metrics|scores|accuracy) twice",
        # "checkpoints get overwritten, configs live in people's heads", "nobody knows which checkpoint is in the app"
        r"(?:checkpoints?|models?|weights|results|runs) (?:\w+ )?(?:get|gets|got|are|is|keep getting) overwritten",
        r"configs? (?:only )?(?:live|lives|exist|exists) (?:only )?in (?:people's|someone's|our|my|their) heads?",
        r"(?:nobody|no one|none of us) (?:knows|know|can say|can tell) which (?:checkpoint|model|version|weights|run|"
        r"pickle)s? (?:is|are|went|was) (?:in|into|running in|live in|deployed)",
        # "100s of runs and nobody knows which config gave best result"
        r"(?:nobody|no one|none of us|we don't|we do not|i don't|i do not|can't tell|cannot tell) "
        r"(?:knows?|remembers?|know|remember|can say)? ?which (?:config|configuration|params|parameters|"
        r"hyperparameters|settings|run|seed)s? "
        r"(?:gave|produced|made|got|led to|yielded) (?:the |our )?(?:best|that|this|those|these|good)",
        # "lost a whole morning working out which learning rate produced a figure"
        r"(?:working out|work out|figuring out|figure out|finding out) which (?:[\w-]+ ){0,3}(?:produced|made|gave|"
        r"generated|trained)",
        # "nobody can tell me which features and which data snapshot a given production model used", "nobody could
        # regenerate the dataset splits", "the immediate goal is reproducibility"
        r"which (?:\w+ ){0,3}data snapshot (?:a |the |each )?(?:\w+ ){0,3}(?:model )?used",
        r"(?:couldn't|could not|can't|cannot|(?:nobody|no one) (?:could|can)) regenerate (?:the )?(?:dataset|data|"
        r"splits|figure|results)",
        r"(?:goal|priority|focus) is reproducibility",
        # "first tool to add so we can reproduce our best run": a wish that says they can't yet
        r"(?:so (?:that )?(?:we|i) can|to be able to) reproduce (?:our |my |the |a )?(?:best |last |old |past )?"
        r"(?:runs?|results?|models?|experiments?)\b",
        # "cannot get the numbers I reported in March", "can't reconstruct which feature set the winning model used",
        # "when two runs disagree I can't tell whether the code or the data changed", "no one knows what data it was
        # last trained on", "a requirements.txt that never installs cleanly", "same prompt and different answers, and we
        # can't explain it"
        r"(?:can't|cannot|couldn't|could not) (?:get|reach|hit) (?:back )?(?:to )?(?:the )?"
        r"(?:same )?(?:numbers|results|scores|metrics|accuracy) (?:i|we) (?:reported|published|got|had)",
        r"(?:can't|cannot|couldn't|could not) reconstruct (?:which|what|how)",
        # "three people opened issues saying they can't get our numbers", "same weights, different answers", "a NumPy
        # version mismatch between the training box and the serving image", "requirements.txt never pinned torch",
        # "every run vanished from the UI", "with her went the only working environment"
        r"(?:can't|cannot|couldn't|could not) (?:get|reproduce|match) (?:our|the paper's|my|their) "
        r"(?:numbers|results|scores)",
        r"same (?:weights|code|model|data|inputs?),? (?:but )?different "
        r"(?:answers|results|outputs|predictions|numbers)",
        r"versions? mismatch between", r"never pinned", r"(?:every|all (?:of )?(?:our |the )?)runs? vanished",
        r"only working (?:environment|env|setup|copy)",
        r"(?:can't|cannot|couldn't|could not) tell whether (?:it was )?the code or the data",
        r"(?:nobody|no one) knows what data (?:it|the model|they) (?:was|were) (?:last |originally )?trained on",
        r"requirements(?:\.txt)? (?:file )?(?:that )?never installs?",
        r"same (?:prompt|input|inputs|code|config)(?:,)? (?:and |but )?different (?:answers|outputs|results)(?:,)? "
        r"(?:and )?(?:we )?(?:can't|cannot) explain",
        # "nobody can say which data the current model saw", "results differ between people", "we can't rebuild last
        # month's BLEU numbers", "it took two of us a full day to reproduce the old scores"
        r"(?:nobody|no one|no-one) (?:can say|knows|could (?:tell|say)|can tell) which (?:[\w-]+ ){0,3}"
        r"(?:the (?:current |live )?model|a given checkpoint|the checkpoint|it) (?:saw|was trained on|used|came from)",
        r"(?:results?|numbers|scores?|metrics) (?:also )?differ between (?:people|machines|laptops|us)",
        r"(?:can't|cannot|couldn't|can no longer|could no longer) (?:\w+ )?(?:rebuild|reproduce|recreate) (?:last "
        r"(?:week|month|quarter|year)'s|the old|our old|which)",
        r"(?:took|takes) (?:\w+ ){1,7}to reproduce",
        # "two days working out which data and params the live model came from"
        r"which (?:data|dataset|commit|code|params)(?: and \w+(?: \w+)?)? (?:the |our )?(?:\w+ ){0,2}(?:model|run|"
        r"checkpoint)s? (?:came|comes|come|was trained) from",
        # "can't figure out which of the 60 checkpoints is the one we shipped", "could not tell him which model version
        # was running or what data it was trained on"
        r"(?:can't|cannot|couldn't|could not|unable to|no way to|nobody can|no one can|hard to) (?:even |really |"
        r"genuinely )?(?:find|tell|figure out|work out|say) (?:\w+ )?which (?:of (?:the |our )?(?:\d+ |many )?)?"
        r"(?:checkpoints?|weights?|artifacts?|runs?|model files?) (?:[\w/.-]+ ){0,6}(?:is|was) the one (?:(?:we|that) "
        r"(?:shipped|deployed|released|use|published)|(?:in|from|behind) (?:the|our) (?:paper|thesis|release|results))",
        r"(?:can't|cannot|couldn't|could not|unable to|no way to|nobody can|no one can) (?:[\w,]+ ){0,10}what data "
        r"(?:it|the model|they|each model|this model) (?:was|were|got) trained on",
        r"(?:find|finding|tell|telling|figure out|work out) which (?:checkpoint|model|version|run|"
        r"artifact|weights?)s? (?:\S+ ){0,6}is (?:the one |actually )?(?:in|running in|live in|deployed (?:in|to)) "
        r"prod\w*",
        r"(?:couldn't|could not) (?:rerun|re-run|recreate|replicate|reproduce|retrain)",
        r"(?:works|runs|trained) on (?:my|one|her|his|a|their|someone's) (?:laptop|machine|box|workstation),? "
        r"(?:\w+ ){0,3}(?:crash|fail|break|die)\w* (?:on|in)",
        # "a requirements.txt with no pins", "nothing runs on anyone else's machine"
        r"requirements(?:\.txt)? with no (?:pins|pinned versions|versions)",
        r"(?:nothing|it|code) (?:runs|works) on (?:anyone|anybody|someone) else'?s? (?:machine|laptop|computer)",
        # "we shipped the wrong weights", "we lost the best params when a laptop died", "nothing is comparable",
        # "i no longer know which of my 60 trained surrogates matches which config"
        r"(?:shipped|deployed) the wrong (?:weights|model|checkpoint|version)",
        r"lost the (?:best )?(?:params|hyperparameters|weights|model)", r"nothing is comparable",
        r"(?:no longer|don't|do not|can't|cannot) (?:know|tell) which (?:of (?:my|our|the) )?(?:\d+ )?(?:\w+ )?"
        r"(?:models?|runs?|surrogates?|checkpoints?|weights) (?:matches|came from|belongs?|goes with)",
        # the old one gone: "we couldn't find which of the 60 runs it was", "no way to get the old version back",
        # "we never kept the old one", "can't get back to the one a model was trained on", "the dataset got
        # regenerated since", "scores 0.85 on the server and nobody can explain it"
        r"(?:couldn't|can't|cannot|could not) find which (?:of the )?(?:\d+ )?(?:runs?|experiments?|checkpoints?|"
        r"models?|versions?|configs?)",
        r"(?:no way to|can't|cannot|couldn't|could not) get (?:the old (?:version|one|data|table|dataset)|back to the "
        r"(?:one|version|data|dataset))", r"never kept (?:the old|a copy|the previous|the original)",
        r"(?:dataset|data|training set|view|table) (?:had been |has been |got |was )(?:regenerated|re-?exported|"
        r"backfilled|overwritten|rebuilt)", r"nobody can explain (?:it|why|the difference)",
        # "asked us to re-create the model that was live in March and we couldn't", "we cannot get same model again",
        # "the results is lost"
        r"re-?create (?:[\w'-]+ ){0,4}model (?:[\w'-]+ ){0,6}(?:and|but) (?:we )?(?:couldn't|could not|can't|cannot|"
        r"failed)",
        r"(?:can't|cannot|couldn't|could not|can not|never) (?:get|reproduce|rebuild) (?:the )?same (?:model|results?|"
        r"numbers|metrics|scores?)", r"results? (?:is |are |were |was |get |got )lost",
        # "we couldn't rerun the credit model from March", "same git commit, different AUC", "nobody knows which
        # extract of the customer table it was trained on", "one had an older copy of the masks", "which data did you
        # use??", "the exact config behind table 3", "200 runs named 'test'"
        r"(?:couldn't|could not|can't|cannot|unable to) (?:re-?run|rebuild|recreate|retrain) (?:the |our |that |a )?"
        r"(?:[\w-]+ ){0,2}model (?:from|of|we)",
        r"same (?:git )?commit,? (?:a )?different (?:auc|results?|metrics?|numbers|accuracy|scores?|f1)",
        r"which (?:extract|snapshot|copy|version|export|dump) of (?:the |our )?(?:[\w-]+ ){0,2}"
        r"(?:data|table|dataset)s?",
        r"(?:an )?(?:older|old|different|stale) copy of the (?:data|dataset|masks|labels|images|table)",
        r"which data did (?:you|they|we) (?:use|train on)", r"exact (?:config|configuration|params|data|code) behind",
        r"runs? named (?:'|\")?(?:test|final|tmp|new)",
        r"(?:'|\")the same(?:'|\")? (?:\w+ ){0,3}(?:model|dataset|data|code)",
        # "reviewer 2 couldn't replicate Table 3", "we can't say which images were in the training set", "where the
        # training data for model X came from", "half of them can't be rebuilt", "we couldn't recreate the training set"
        r"(?:couldn't|could not|can't|cannot) replicate (?:table|figure|fig\.?) ?\d*",
        r"(?:can't|cannot|couldn't) say which (?:\w+ ){0,2}(?:were|was) (?:actually )?in the training set",
        r"where the training data (?:for (?:\w+ ){0,3})?came from",
        r"(?:can't|cannot|couldn't) be rebuilt",
        r"(?:couldn't|could not|can't|cannot) recreate the training (?:set|data)",
        # "I genuinely cannot get the same numbers back", "none of us could say which extract it had been trained on",
        # "nobody is sure which one the current model used", "I forget which LoRA settings I used", "it took us a month
        # to work out how to rerun it", "the dataset silently changed", "different numbers for the same model"
        r"(?:can't|cannot|couldn't|could not|unable to) (?:\w+ ){0,2}get the same (?:results?|numbers?|scores?|"
        r"accuracy|metrics?)",
        r"(?:none of us|nobody|no one|no-one|we) (?:could|can|couldn't|can't) (?:\w+ ){0,2}(?:say|tell|know|remember|"
        r"figure out) "
        r"which (?:[\w-]+ ){0,3}(?:it|the model|they|the run) (?:had been|was|were) (?:trained|built|fit)",
        r"(?:nobody|no one|no-one)(?: is| was)? (?:sure|certain) which (?:[\w-]+ ){0,4}used",
        r"forget which (?:[\w-]+ ){0,3}(?:settings|params|parameters|hyperparameters|configs?|seeds?|data|dataset)"
        r" (?:i|we) used",
        r"(?:took|takes|taking) (?:us )?(?:a |an )?(?:\w+ )?(?:months?|weeks?|days) to (?:work out|figure out) how"
        r" to (?:re-?run|rebuild|retrain)",
        r"(?:data|dataset|training set|training data) (?:had )?(?:silently|quietly) changed",
        r"different (?:numbers|results|scores) for the same (?:model|run|config|data|checkpoint)",
        # "can't rebuild it, can't retire it"
        r"(?:can't|cannot|couldn't|could not) rebuild (?:it|them|the model|that model)",
        # "can't even replicate my own results", "can't get the same result back", "same config, 4 points worse",
        # "two people, two different validation scores", "couldn't get within 3 points", "can't tell you which
        # hyperparameters produced the model", "nobody can answer 'what changed'", "a utils file that isn't versioned"
        r"(?:can't|cannot|couldn't|could not|unable to) (?:even )?(?:replicate|reproduce|recreate) (?:my |our |the |"
        r"their )?(?:own )?(?:results?|numbers?|runs?|experiments?|models?)",
        r"get the same (?:results?|numbers?|scores?|accuracy|metrics?) back",
        r"same (?:config|code|notebook|seed|data|commit|branch),? (?:[\w-]+ ){0,4}(?:different|worse|better)"
        r"(?: results?| scores?| numbers?| metrics?| accuracy)?",
        r"two (?:people|machines|runs),? two different (?:results|scores|numbers|validation scores|metrics)",
        r"(?:couldn't|could not|can't|cannot) get (?:within|close to|back to)",
        r"(?:can't|cannot|no one can|nobody can|couldn't) (?:\w+ ){0,2}(?:tell|say|know) (?:you )?which (?:hyper-?"
        r"parameters|params|data|dataset|code|version|commit|checkpoint|settings)s? (?:\w+ ){0,2}(?:produced|trained|"
        r"made|went into|built)",
        r"(?:nobody|no one) can (?:answer|say|tell) (?:\w+ ){0,2}'?what changed",
        r"(?:isn't|is not|aren't|are not|wasn't) versioned",
        # "nothing can be rerun a month later", "I'd love to rerun last month's policy and get the same result", "no
        # training code in source control, just a .pt file"
        r"(?:nothing|none of (?:it|them)) can be re-?(?:run|produced|built)",
        r"re-?run (?:[\w']+ ){0,4}(?:and|to) get the same (?:results?|numbers?|model|policy|metrics?|scores?)",
        r"no (?:training )?code in (?:source control|version control|git)\b",
        # a result nobody can get again, or find what made it: "nobody else can reproduce it", "can't find the weights"
        r"(?:nobody|no one|no-one) (?:else )?(?:can|could) (?:reproduce|rerun|re-run|recreate|replicate|rebuild)",
        r"(?:which|what) version of (?:the |our )?model (?:produced|made|gave)",
        r"works on (?:my|her|his|their|our|one) (?:machine|laptop|box|desktop) and (?:fails|breaks|dies)",
        r"(?:nobody|no one|can't|cannot) (?:can )?(?:tell|say|know) which (?:[\w.-]+ ){0,3}(?:produced|trained|made"
        r"|created|"
        r"generated) (?:[\w'’]+ ){0,3}models?", r"which version of the (?:training )?(?:data|dataset|training set)",
        r"(?:nobody|no one) knows where (?:the )?(?:training )?(?:code|data|models?|weights)",
        # where a model came from, unknown: "nobody knows which experiment produced the model in prod", "couldn't work
        # out which training run it even came from", "couldn't tell which of 40 runs became the prod model"
        r"(?:nobody|no one|no-one|none of us|we|i|can't|cannot|couldn't|could not) (?:\w+ ){0,2}(?:knows?|knew|tell|"
        r"say|work out|figure out|remember|idea) which (?:[\w-]+ ){0,3}(?:runs?|experiments?|versions?|commits?|"
        r"datasets?|data|snapshots?|extracts?|checkpoints?|models?|configs?|params|code|images|rows|files|ones?)"
        r"(?: of \d+ runs)? "
        r"(?:[\w'-]+ ){0,4}(?:produced|came from|come from|trained on|was trained|were trained|became|went into|built)",
        r"(?:lose|losing|lost) (?:all )?(?:their|our|the|his|her) results",
        r"(?:can't|cannot|nobody can|no one can|couldn't) (?:find|locate|recover) (?:\w+ ){0,3}(?:weights|data|code|"
        r"checkpoints?|params|parameters|config|settings|seed)",
        r"can't reproduce(?: results)?", r"cannot reproduce", r"can not reproduce",
        # "reproducibility is a mess", not "experiments are reproducible for us"
        r"(?<! are )(?<! is )(?<!'re )(?<! fully )(?<! already )reproducib(?:ility|le)",
        r"reproduc(?:e|ing) (?:results|runs|experiments|models|training|anything)",
        r"(?:can't|cannot|nobody can|no one can|never) (?:rerun|re-run|recreate|replicate|reproduce)",
        r"which (?:data|dataset|run|params|parameters|version|commit|code) (?:was|were|produced|made|trained|went)",
        r"lost track of (?:experiments|runs|models|results)",
        r"(?:losing|lose) (?:track of )?(?:experiments|runs|results)", r"works on my machine",
        r"results? (?:differ|vary|change|aren't the same|don't match)", r"(?:experiments|runs) (?:in|on) "
        r"spreadsheets",
        r"no idea (?:which|what) (?:data|dataset|params|parameters|model|run|snapshot|version|commit|config|checkpoi"
        r"nt)",
        r"not reproducible", r"(?:don't|doesn't|do not|does not|never|won't) (?:re-?run|come out|turn out) (?:the )?"
        r"same(?: way)?", r"(?:aren't|are not|isn't|is not|weren't|wasn't|were not|was not) (?:\w+ )?"
        r"reproducible", r"nothing (?:\w+ )?reproduces",
        r"(?:can't|cannot|don't|do not|never) (?:remember|recall) (?:which|what) (?:\w+ ){0,3}(?:params|parameters|"
        r"settings|config|data|dataset|snapshot|version|commit|seed)",
        r"results? (?:\w+ )?(?:never|rarely) (?:match|agree)",
        r"unreproducible", r"irreproducible", r"can't get the same results",
        r"(?:lose|losing|lost) track of (?:which|what)", r"experiments? (?:are |is )?(?:all over the place|scattered|"
        r"everywhere|untracked|lost)", r"which (?:\w+ ){0,5}(?:went into|went with|goes with|produced|made|gave|"
        r"trained|created) which", r"(?:same|identical) (?:code|config|seed|data) (?:\w+ ){0,3}different results",
        r"which (?:data|dataset|labels?|data version|dataset version|one|copy|version)s? (?:\w+ ){0,2}(?:trained|went "
        r"into|was used)",
        r"(?:can't|cannot|can never|could never|never|don't|do not) (?:tell|say|know|remember) which (?:[\w-]+ ){0,5}"
        r"(?:went into|produced|made|gave|trained|created) which",
        # "replicate a training run from last spring", "same code, different results"
        r"(?:replicate|recreate|rerun|re-run) (?:a |the |our |that )?(?:training )?run (?:from|of)",
        r"same code,? (?:but )?different results", r"(?:can't|cannot|nobody can|no one can) (?:trace|tell|say) which "
        r"(?:[\w-]+ ){0,2}(?:tables?|data(?:sets?)?|version|snapshot|set) (?:\w+ )?trained",
        # "can't find which dataset version trained which model", "nobody else could rebuild the models"
        r"(?:can't|cannot|couldn't|can not|no way to) (?:find|say|tell|answer|know) (?:\w+ ){0,2}which (?:dataset|data|"
        r"version|files?)", r"what data (?:each|every|the) (?:one|model|version) was trained on",
        r"(?:nobody|no one) (?:else )?could (?:rebuild|retrain|recreate|rerun) (?:the |our |them)",
        r"reproduce (?:any |a |the )?(?:\w+ )?(?:a year|months|weeks) later", r"nothing runs anywhere else",
        r"(?:same|identical) seed",
        # numbers that come out differently or runs nobody can find again: "I get different numbers", "the numbers
        # didn't match", "nobody can find the run that produced it", "nobody else knows how the models get built"
        r"(?:get|got|getting|gives?|gave|giving|produces?|produced) different (?:numbers|results|metrics|scores|"
        r"labels|outputs|predictions|accuracy)", r"numbers (?:didn't|don't|did not|do not|never|won't) match",
        r"(?:doesn't|does not|didn't|did not|don't|do not|won't|can't) (?:even )?reproduce",
        r"(?:nobody|no one|can't|cannot) (?:can )?(?:find|locate) (?:the |which |what )?(?:run|experiment|"
        r"checkpoint|model version)", r"(?:nobody|no one) (?:else )?(?:really )?knows how (?:\w+ ){0,4}"
        r"(?:built|trained|made|produced|created)",
        r"which (?:data|dataset|data ?set|table|extract|snapshot)s? (?:\w+ ){0,4}(?:was|were) (?:trained|built) on",
        r"different (?:\w+ ){0,2}(?:on|between|across) (?:re-?runs|runs|machines)",
        # development corpus 47: "I could not regenerate the numbers behind a figure", "nobody can find the model that
        # produced a given figure", "nobody remember(s) which one was in production for which client"
        r"(?:could not|couldn't|can't|cannot) (?:re-?generate|recreate|re-?create|rebuild) (?:the |our |my )?"
        r"(?:numbers|results|figures?|plots?|tables?|model)",
        r"(?:nobody|no one|never) (?:can|could) (?:find|tell|say) (?:\w+ ){0,2}(?:model|version|run|checkpoint) "
        r"(?:that |which )?(?:produced|made|generated|created|trained)",
        r"(?:nobody|no one) remembers? which (?:\w+ ){0,2}(?:was|is|were) (?:in production|deployed|live)",
        # development corpora 18, 33, 36, 38, 15: "we pick whichever model 'feels right'", "QA asked us to regenerate
        # predictions from a model we shipped … we did not have the exact conda env", "overwriting each other, so
        # nobody can say which file is the live model", "no info on what data it was trained on", "the CI comparisons
        # aren't really apples to apples"
        r"(?:pick|choose|use) whichever (?:model|run|version) ['\"]?feels right",
        r"(?:asked|ask|asks) (?:us|me) to re-?generate (?:the )?(?:predictions|results|numbers)",
        r"(?:didn't|did not) have the exact (?:conda |python |docker |training )?(?:env|environment|data|code)",
        r"overwriting each other", r"nobody can say which (?:file|model|version) is the live (?:one|model)",
        r"no (?:info|information|record) (?:on|of|about) what data it was trained on",
        r"(?:aren't|are not|isn't|is not) (?:really )?apples to apples",
        # search suite 25: "the model was better last month and we can't tell whether the training data changed"
        r"(?:can't|cannot|can not|no way to) tell (?:whether|if) (?:the )?(?:training )?data (?:changed|was different|"
        r"moved)",
        # development corpus 76: "nobody can tell me which notebook produced the model in prod", "rebuild the exact
        # model running in prod", "no record of which data it was trained on", "nobody logged the runs"
        r"(?:(?:no one|no-one|nobody)(?: \w+){0,3} )?(?:can't|cannot|can not|couldn't|could not|can) (?:\w+ ){0,2}"
        r"(?:tell|say|know|remember) (?:me |us )?which "
        r"(?:notebook|script|commit|code|data|dataset|version|run|config)s? (?:\w+ ){0,2}(?:produced|trained|made|"
        r"built|created|generated)",
        r"(?:rebuild|recreate|reproduce|re-?train) (?:the )?exact (?:same )?model",
        r"no record of (?:which|what) (?:data|dataset|version|code|parameters|params|commit)",
        r"(?:nobody|no one|no-one) (?:ever )?logged (?:the |our |any )?(?:runs|experiments|metrics|parameters)",
    ),
    Frustration.SLOW_HANDOFF: (
        # "the releases of models are done by other team (IT ops) and it is taking 1 month each time"
        r"releases? of (?:the |our )?models? (?:are|is) (?:done|made|handled) by (?:an)?other team\b[^.;!?]{0,40}?"
        r"(?:taking|takes|took) (?:\d+|one|two|three|a|several) (?:weeks?|months?)",
        # "they hand the notebooks to IT and it stalls for months", "models sit in notebooks for weeks because
        # engineering has other priorities"
        # (from "to": the notebooks said before it are the other pain)
        r"(?<![a-z])to (?:it|engineering|ops|devops|the (?:engineers|platform team|backend team|dev team)) and "
        r"(?:it |they |then )?(?:stall|sit|wait|languish)\w*",
        r"for (?:weeks|months) because (?:engineering|it|ops|devops|the (?:engineers|platform team|backend team|"
        r"dev team)) (?:has|have) other priorities",
        # "getting that into prod takes engineering a month"
        r"getting (?:it|that|them|this|a model|models|the model) (?:in)?to prod\w* takes (?:\w+ ){0,2}"
        r"(?:a |an |about )?(?:weeks?|months?|forever|ages|\d+ (?:weeks|months))",
        # "then engineering spends weeks porting the code"
        r"(?:engineering|engineers|the engineers|devs|developers|backend|the backend team|it|ops) "
        r"(?:spends?|spent|takes?|took|needs?) (?:\w+ )?(?:weeks|months|ages) (?:\w+ )?"
        r"(?:porting|rewriting|re-?implementing|translating|"
        r"productioni[sz]ing|converting)",
        # "product engineers rebuild the preprocessing from the PDF, which takes them weeks", "eng rewrites the
        # preprocessing over a couple of weeks", "the 'get it behind an API' part takes us weeks"
        r"(?:rebuild|re-?write|re-?implement)\w* (?:the )?(?:preprocessing|feature (?:logic|code)|pipeline)",
        r"behind an api['\"]? (?:\w+ ){0,2}(?:that )?(?:takes?|took) (?:us |them )?(?:weeks|months|forever|ages)",
        # "I or another backend dev spend a sprint turning each one into a service", "IT takes months to put anything
        # into the operations system", "we can't get a model behind an API without begging the backend team for weeks"
        r"spend (?:a|one|two|a whole) (?:sprint|week|month)s? (?:\w+ )?(?:turning|rewriting|porting|converting) "
        r"(?:each|every) (?:one|notebook|model)",
        r"takes? (?:weeks|months) to (?:put|get) (?:anything|any model|a model|models) (?:into|in|to) "
        r"(?:prod\w*|the \w+)",
        r"(?:without|by) begging (?:the )?(?:\w+ )?(?:team|engineers|devs|it)\b",
        r"(?:finished|trained) models? (?:just )?(?:sits?|sat|waits?|waited) (?:for )?"
        r"(?:\d+(?:-\d+)? |a few |several )?(?:days|weeks|months)",
        # "models sit finished for weeks before engineering picks them up", "it takes a full quarter before it can go
        # live"
        r"models? (?:sits?|sat|sitting) (?:finished|done|ready|trained|around) (?:for )?(?:days|weeks|months)",
        r"(?:takes?|took) (?:a |an )?(?:full |whole )?(?:quarter|month|months|weeks|year) before (?:it|they|a model|"
        r"models?|anything) (?:can )?(?:go|goes|gets?) (?:live|to prod\w*|out)",
        # "each deployment is a two-week handoff to engineering", "every deploy needs an engineer to rewrite things"
        r"(?:\w+|\d+)[- ](?:week|month)s? (?:long )?hand-?offs?",
        r"(?:every|each) (?:deploy\w*|release|model) needs (?:an? |the |some )?(?:\w+ )?(?:engineers?|devs?|"
        r"developers?) to (?:rewrite|port|re-?implement|translate|re-?code)",
        # engineers rebuilding a model before it ships, and time lost on the way: "eng rebuilds it all in Go, takes a
        # quarter", "engineer rewrites it → 2 months later it's live", "the handoff to the backend team is the
        # bottleneck", "every deploy needs a week of meetings", "took a month of back and forth with data eng", "eng
        # takes forever to put our models behind an API"
        r"(?:eng|engineering|engineers?|backend|devs?|developers|ops|the app team|the platform team) (?:\w+ )?"
        r"(?:rebuilds?|rebuilt|rewrites?|rewrote|re-?codes?|ports?) (?:it|them|everything|the models?|our models?|"
        r"the code|it all|all of it)",
        r"(?:re-?writes?|rebuilds?|re-?implements?) (?:it|them|the model|it all) (?:[\W\w]{0,12}?)(?:\d+|a few|"
        r"two|three|several) (?:weeks|months) later",
        r"hand-?(?:off|over) (?:\w+ ){0,4}(?:is|was|are) (?:the |our |a )?(?:main |biggest |real )?bottleneck",
        r"every (?:deploy\w*|release|rollout|model update) (?:needs|takes|requires) (?:a |an |\d+ |two |three )?"
        r"(?:week|month|day)s? of (?:meetings|review|back and forth|approvals|tickets)",
        r"(?:a |one |two |\d+ )?(?:weeks?|months?) of back[- ]and[- ]forth with (?:the )?(?:data )?(?:eng\w*|backend|"
        r"devs?|developers|platform|ops|app)",
        r"(?:eng|engineering|engineers|backend|devs|ops|infra) takes? (?:forever|ages|months|weeks) to (?:put|get|"
        r"ship|deploy|wire|integrate)",
        # "models go to prod through a ticket to the platform team and it takes 6 weeks"
        r"(?:models?|it|they|things|anything|everything) (?:go|goes|get|gets|reach\w*) (?:in)?to prod\w* "
        r"(?:(?:via|through|by) [^.;!?]{0,50}?)?(?:and )?(?:it |that |this )?(?:takes?|took) (?:us )?(?:like |about |"
        r"around |roughly |over )?(?:\d+|a|an|two|three|four|five|six|several|many) (?:weeks|months|quarters?)",
        # "handing a model over to engineering takes forever"
        r"hand(?:ing|s)? (?:a |the |our |each |every )?(?:models?|it|them) (?:over )?to (?:the )?(?:engineering|eng|"
        r"backend|devs|developers|platform|ops|infra|app)(?: team| folks)? (?:takes?|took) "
        r"(?:forever|ages|weeks|months)",
        # "takes us like 6 weeks to get something live"
        r"takes? (?:us )?(?:like |about |around |roughly |almost |over )?(?:\d+|a|two|three|four|five|six|several|"
        r"many) (?:weeks|months) to get (?:something|anything|a model|models|it|them) (?:live|into prod\w*|deployed|"
        r"shipped|out|to prod\w*)",
        # "nothing reaches prod unless I beg the backend team to rewrite it", "it takes infra weeks to get them into
        # Triton", "engineering reimplements everything"
        r"beg(?:ging)? (?:the )?(?:backend|engineering|eng|app|platform|infra|it|devops|ops|software) (?:team |folks "
        r"|people )?to (?:re-?write|productioni[sz]e|deploy|wire|ship|integrate)",
        r"takes? (?:the )?(?:infra|engineering|eng|ops|platform|it|backend|devops)(?: team| folks)? (?:weeks|months)",
        r"(?:engineering|eng|backend|devs?|developers|the app team|the platform team) re-?implements? (?:everything|"
        r"it|them|the models?|our models?)",
        # "getting anything past the platform team takes a quarter"
        r"(?:getting|get|gets) (?:anything|a model|models|something|it) (?:\w+ ){0,3}(?:past|through) (?:the )?"
        r"(?:platform|ops|infra|it|security|review|release|devops)(?: team| board| process| review)? takes "
        r"(?:a |an |one )?(?:quarter|months?|weeks|forever|ages)",
        # "reimplementing their pandas code in our java service takes weeks", "every handover drags on for months",
        # "'deployment' is still somebody copying artifacts by hand"
        r"re-?implement\w* (?:their |the |our )?(?:\w+ )?(?:code|pipeline|preprocessing|model) in (?:\w+ )?(?:java|go|"
        r"c\+\+|node|our)",
        r"hando(?:ver|ff)s? (?:\w+ ){0,5}(?:drags?|takes?|took) (?:on )?(?:for )?(?:weeks|months)",
        r"copying (?:the )?(?:artifacts|models?|weights|files) by hand",
        r"(?:copy[- ]?past\w*|rewrit\w*|re-?writ\w*|port\w*) (?:\w+ ){0,3}(?:code|notebooks?|models?) (?:\w+ ){0,3}"
        r"(?:to|into|for) (?:prod|production)\w* (?:and )?(?:it |this |that )?(?:takes?|took) (?:\w+ )?(?:weeks|months|"
        r"forever|ages)",
        # time lost between a ready model and a live one: "take another two weeks to put it live", "models sit
        # 'ready' for a month before anyone integrates them", "the app devs wait days on us", "they hand me
        # models as zip files"
        r"(?:takes?|took|taking) (?:me |us |them |another |about |like |roughly )*(?:\w+ )?(?:days?|weeks?|"
        r"months?) to (?:put (?:it|them|the model) live|get (?:it |them |each one )?(?:running|live|deployed)|"
        r"deploy|ship|integrate|productioni[sz]e)",
        r"models? (?:\w+ )?(?:sit|sits|sat|sitting) (?:'ready' |ready |around |idle )?(?:for )?(?:a |"
        r"an |\d+ |several |two |three )?(?:days?|weeks?|months?) before",
        r"(?:wait|waits|waiting|waited) (?:\w+ )?(?:days|weeks|months) (?:on|for) (?:us|the ml team|"
        r"the ds team|the data scientists|the model)",
        r"hands? (?:me|us|over) (?:models?|something different|a (?:notebook|pickle|zip))",
        # the hand-over told as it happens: "someone emails the model file to the backend team", "emailing pickles to
        # the one backend dev", "every deploy is a ticket to an ops team", "opens a Jira ticket for the platform team",
        # "waiting on the platform team's backlog", "we're 3 sprints out", "models take ~6 weeks to reach prod", "a
        # model takes ~2 months from done to live", "every deployment goes through me and I'm the bottleneck"
        r"(?:email|emails|emailed|emailing|send|sends|sent|sending) (?:\w+ ){0,3}(?:model|pickle|\.?pkl|\.?h5|\.?pt|"
        r"joblib|weights)(?: files?)?s? (?:\w+ ){0,2}to (?:the |our |a |one )?(?:\w+ )?(?:backend|app|eng|engineering|"
        r"dev|ops|platform|product)",
        r"(?:deploy\w*|model updates?|releases?|retrains?) (?:is|are|means) (?:a |one )?(?:jira )?ticket",
        r"(?:opens?|files?|filing|raise|raises) (?:a )?(?:jira )?ticket (?:for|to|with) (?:the )?(?:platform|ops|infra|"
        r"devops|eng|it)", r"waiting on (?:the )?(?:platform|ops|infra|eng)\w* (?:team'?s? )?backlog",
        r"(?:\d+|two|three|four|six) sprints out",
        r"(?:take|takes|took) (?:~|about |around |roughly )?(?:\d+|a few|several|two|three|four|six) (?:weeks|months) "
        r"(?:to reach|to get (?:to|into)|from ['\"]?(?:done|model is done))",
        r"(?:goes|go) through me and i'm the bottleneck", r"i'm the bottleneck",
        # "the app devs wait on me for every model update", "it sits in the data eng team's Jira queue for weeks",
        # "throws
        # ONNX files over the wall", "took two months to get into prod", "models take ~6 weeks to reach prod", "every
        # model gets re-coded by hand", "waiting on the backend team to reimplement it"
        r"(?:devs|developers|engineers|team|everyone) (?:\w+ ){0,2}wait(?:s|ing)? on (?:me|us|the ds|the ml)",
        r"sits? in (?:[\w'-]+ ){0,4}(?:jira|ticket|review|team's|approval) (?:queue|backlog)",
        r"(?:throws?|throwing|tossed|thrown|toss(?:es)?) (?:[\w-]+ ){0,3}over the (?:wall|fence)",
        r"(?:took|takes?|taking) (?:~|about |around )?(?:\w+ ){0,2}(?:weeks|months) to (?:get|reach|make it|go) "
        r"(?:in|into|to) (?:prod\w*|live)",
        r"re-?(?:coded|written|implemented) by hand",
        r"re-?implement(?:s|ed|ing)? (?:it|the model|each model|every model)\b",
        r"gap between (?:\S+ ){1,6}and (?:\S+ ){0,3}(?:live|in prod\w*|production)",
        # "it took a month to get even that out of the DS team", "the ML folks email model files to us", "it takes ~3
        # weeks for a merged model to reach prod"
        r"(?:took|takes) (?:us )?(?:a|two|three|\d+) (?:months?|weeks?) to get (?:even )?(?:\S+ ){0,2}"
        r"(?:that|it|models?|them) (?:out|into prod\w*|deployed|shipped|live)",
        r"e-?mail(?:s|ing)? (?:\w+ )?(?:model|pickle|weight) files (?:to|over to) (?:us|eng\w*|ops|the platform team)",
        r"takes? (?:~|about )?(?:\d+|a few|several) weeks for a (?:merged |new )?model to reach prod\w*",
        # "we spend 3-6 weeks repackaging them", "waiting on the platform team's backlog", "deploy models by handing us
        # a Docker image and a wiki page", "opens a ticket for the backend team to swap it in"
        r"(?:spend|spends|takes?|taking) (?:\d+(?:[- ]\d+)?|\w+) weeks (?:re-?packaging|rewriting|re-?implementing|"
        r"porting)",
        r"wait(?:s|ing)? (?:\w+ )?on (?:the )?(?:platform|infra|backend|devops|eng\w*|ops) team'?s? (?:backlog|queue)",
        r"(?:deploy|ship|release) (?:\w+ ){0,2}by handing (?:us|them|eng\w*|ops) (?:a|an|the)",
        r"opens? a ticket for (?:the )?(?:backend|platform|infra|devops|eng\w*|ops) team",
        # the model rewritten elsewhere or waiting on one person: "they are 'porting it to java'", "took the platform
        # folks ten weeks to do it", "every deploy waits on the one infra guy"
        r"port(?:ing|ed|s)? (?:it|them|the model) (?:in|to|into) (?:java|c\+\+|c#|go|golang|rust|scala|kotlin)",
        r"took (?:the |our |them )?(?:[\w-]+ ){0,3}(?:\d+|a few|several|two|three|four|five|six|eight|ten|twelve) "
        r"(?:weeks|months) to (?:ship|deploy|release|do it|get it (?:live|out|into prod\w*))",
        r"(?:every |each )?(?:deploy|deployment|release)s? (?:\w+ )?waits? on",
        # months from a trained model to production, or models passed on by hand: "deployment takes a quarter",
        # "a 3-month rewrite", "ship models as pickles over Slack", "manually swaps them into a Flask service"
        r"(?:deploy\w*|hand-?offs?|shipping|releases?|(?:getting|going) to prod\w*|going live|go-live|productioni[sz"
        r"]\w*) "
        r"(?:[\w-]+ ){0,10}"
        r"takes? (?:about |roughly |over |up to |at least )?(?:a|an|one|two|three|four|six|\d+(?:\s?[-–]\s?\d+)?|a few|"
        r"several)[- ]?(?:weeks?|months?|quarters?|sprints?)",
        # the model goes to other people who write it again: "we hand them to devs who rewrite them in C#"
        r"(?:who|then|and) re-?writ(?:e|es|ing) (?:them|it|the (?:\w+ )?(?:models?|notebooks?|code))",
        r"hand(?:ing|s|ed)? (?:\w+ ){0,3}(?:to|over to) (?:the |our |a )?(?:[\w-]+ ){0,3}(?:team|devs|developers|"
        r"engineers) (?:\w+ ){0,2}takes? (?:weeks|months|forever|ages)",
        r"(?:a|one|two|three|six|\d+)[- ](?:weeks?|months?|quarters?)[- ](?:long )?re-?(?:write|implementation)",
        r"(?:ship|send|pass|email|hand)(?:s|ed|ing)? (?:\w+ ){0,2}(?:as )?(?:pickles?|zip files?|model files?|"
        r"notebooks?) (?:over|via|by|through|on|in) \w+",
        r"manual(?:ly)? (?:copy-?past\w*|swap\w*|copies|copy|copying) (?:\w+ ){0,3}(?:into|to|onto) (?:\w+ ){0,3}"
        r"(?:service|api|app|repo|server|prod\w*)",
        r"slow hand-?off(?: to production)?", r"hand(?:ing|s)? (?:\w+ ){0,2}(?:off|over|to) (?:prod\w*|engineering|the "
        r"engineers|devops|ops|the platform team)(?: (?:\w+ ){0,2}" + _SLOW + ")?",
        r"(?:deploy(?:s|ing|ment|ments)?|shipping|releases?|releasing|rollouts?|getting (?:models |things |stuff )?"
        r"(?:into|to) (?:prod|production)|going to prod(?:uction)?|productioni[sz](?:e|ing|ation)|"
        r"putting models in(?:to)? production|moving models to production) (?:\w+ ){0,3}" + _SLOW,
        _SLOW + r" (?:\w+ ){0,2}(?:to )?(?:deploy|ship|release|productioni[sz]e|get (?:models |them |it )?"
        r"(?:into|to) prod)",
        r"(?:weeks|months|ages|forever) to (?:deploy|ship|release|get (?:\w+ ){0,2}(?:into |to )?prod(?:uction)?)",
        r"takes? (?:us )?(?:about |around )?(?:\d+\+? |a few |several |many |(?:" + _WORD_NUMBER + r") )?(?:weeks|"
                                                                                                   r"months) "
        r"to (?:reach|get (?:in)?to|go to|hit|land in|get (?:\w+ ){0,2}(?:live|into production|to prod\w*)) ?(?:pr"
        r"od(?:uction)?)?",
        r"(?:still )?(?:isn't|is not|aren't|are not|never made it) (?:\w+ )?in(?:to)? prod(?:uction)?",
        r"waiting (?:days|weeks|ages) for (?:\w+ ){0,3}to approve", r"slow (?:path|road|route) to prod(?:uction)?",
        r"(?:deploy\w*|releases?|hand-?offs?) (?:[\w,-]+ ){0,10}(?:takes?|taking|took|sits?|sat|wait\w*) (?:\w+ ){0,3}"
        r"(?:weeks?|months?|quarters?|sprints?)(?![a-z])",
        r"(?:weeks|months) later (?:it|the model) (?:goes|went|is) live", r"(?:every |each )?releases? waits? on",
        r"deploy\w* (?:by hand|manually), takes? (?:a|one|two|\d+) (?:week|month)s?",
        r"(?:never|rarely|don't) (?:make it|get|reach) (?:to |into )?prod(?:uction)?", r"throw(?:n)? (?:it )?over "
        r"the wall", r"re-?(?:implement|write)s? (?:\w+ ){0,2}for prod(?:uction)?", r"stuck before production",
        r"(?:no|no clear) (?:path|way) to prod(?:uction)?",
        r"getting (?:\w+ ){0,3}(?:into|to) (?:prod|production) (?:\w+ ){0,2}" + _SLOW,
        r"(?:prototype|poc|notebook|research|experiment)s? (?:in)?to (?:a |an )?(?:service|prod\w*|api|deployment)\W+"
        r"(?:\w+\W+){0,3}" + _SLOW,
        r"(?:a |the )?re-?(?:write|implementation) by (?:the |a )?(?:backend|engineering|eng|dev|software|platform|"
        r"product)", r"re-?(?:implement|writ)\w* (?:\w+ ){0,3}(?:before|so) (?:it|they|we) (?:can )?(?:ship|go live|"
        r"deploy)", r"(?:weeks|months|a month|a week|days) (?:\w+ ){0,2}re-?(?:implement|writ)\w*",
        r"(?:take|takes|took|spend|spends) (?:\w+ ){0,4}(?:weeks?|months?|ages|forever) (?:\w+ )?(?:to )?"
        r"re-?(?:implement|writ)\w*", r"(?:shipping|sending|passing|emailing|handing over|throwing) (?:\w+ ){0,2}"
        r"(?:pickles?|zip files?|model files?|notebooks?) (?:over|via|by|through|on|in) \w+",
        r"hand(?:s|ed)? (?:me|us|over) (?:a |their )?(?:zip|pickle|notebook)",
        # "it takes about 5 weeks to ship a model", "waiting two sprints", "rewrites it all in Java for prod"
        r"takes? (?:us |them |my \w+ )?(?:about |roughly |around |nearly |almost )?"
        r"(?:a|one|two|three|four|five|six|\d+(?:\s?[-–]\s?\d+)?) (?:days?|weeks?|months?|sprints?) to "
        r"(?:ship|deploy|productioni[sz]e|release|get (?:\w+ )?(?:live|into prod)|put (?:\w+ ){0,2}(?:live|in prod\w*|"
        r"into prod\w*))",
        # "handed to IT as zip files", "I email it to the backend team, and it sits there for weeks"
        r"(?:handed|handing|hands?|thrown|passed|sent|given) (?:\w+ ){0,2}(?:to|over to) (?:the |our )?(?:it|ops|"
        r"devops|engineering|backend|devs|developers|platform|app) (?:team )?as (?:a )?(?:zip|pickle|notebook|\.?pkl)",
        r"(?:email|send|hand|pass|throw)\w* (?:[\w,]+ ){0,8}(?:it |they |the model )?(?:sits?|sat) (?:there )?for "
        r"(?:days|weeks|months)",
        r"wait(?:ing)? (?:a |two |three |\d+ )?sprints?", r"re-?writ(?:es?|ing|ten) (?:[\w-]+ ){0,3}in "
        r"(?:java|go|golang|scala|c\+\+|rust)",
        r"every (?:update|release|new model|change) takes (?:days|weeks|months)",
        r"spend (?:days|weeks) turning (?:\w+ ){0,3}into (?:a |an )?(?:container|service|api|endpoint)",
        # "throws it over the wall and Berlin rewrites it", "ops builds a VM by hand", "USB sticks"
        r"over the wall", r"(?:ops|it|infra|devops) (?:team )?builds? (?:a |the )?vms? by hand",
        # "sitting in 'handoff to eng' since august", "fastest we've ever done it is five weeks", "the handover is a
        # Confluence page and a zip file", "engineering re-implements the feature logic", "DS sends us .ipynb files"
        r"sitting in '?hand-?off", r"fastest (?:we've|we have) ever (?:done it|shipped one|deployed one) (?:is|was) "
        r"(?:\w+ )?(?:days|weeks|months)", r"hand-?over (?:\w+ ){0,4}is (?:a |an )?(?:confluence|wiki|zip|email|slack)",
        r"re-?implement\w* (?:the )?(?:feature logic|models?|preprocessing|features)", r"reverse-?engineer\w* (?:the )?"
        r"(?:preprocessing|features|model|notebook)",
        r"(?:sends?|gives?|hands?|emails?) (?:us|them|me|eng\w*) (?:\w+ )?(?:\.?ipynb|notebooks?)(?: files)?",
        r"(?:deploy|ship|push)\w* (?:\w+ ){0,3}by hand every", r"usb (?:sticks?|drives?)",
        r"(?:file|open|raise) a ticket (?:and wait|to (?:ship|deploy|get))",
        # the time one release costs: "each deploy eats about a week", "~6 weeks per model", "sits in review for
        # two weeks", "it takes us 3-4 weeks to turn each one into a service", "every deploy is ~2 weeks"
        r"(?:deploy\w*|releases?|promotions?|hand-?offs?) (?:\w+ ){0,3}eats? (?:up )?(?:about |roughly |around )?"
        r"(?:a|an|one|two|three|\d+) (?:days?|weeks?|months?)",
        r"~?(?:a|one|two|three|four|six|\d+(?:-\d+)?) (?:weeks?|months?) (?:per|for each|for every) (?:model|release|"
        r"deploy\w*)", r"(?:sits?|sat|waits?|waited|stuck) in (?:code )?review for (?:\w+ )?(?:days|weeks|months)",
        r"takes? (?:us |them |me )?~?(?:about |around )?(?:\d+(?:-\d+)?|a few|several|two|three|four) (?:weeks|months) "
        r"to (?:turn|get|make|wrap|move)", r"(?:every|each) (?:deploy\w*|release) (?:is|takes|costs) ~?(?:about )?"
        r"(?:a|one|two|three|\d+) (?:days?|weeks?|months?)", r"takes? weeks to get through",
        r"hand-?deploy\w*", r"(?:promotion|deploy\w*|releases?) to prod(?:uction)? is (?:a )?manual",
        # development corpora 26, 32: "deploys take 2+ weeks because of manual approval gates", "a consultant left us an
        # ETA model as a pickle + notebook and now we have to run it in production"
        r"deploys? takes? (?:\d+\+?|two|three|four|several|many) (?:weeks|months)",
        r"left (?:us|me) an? (?:[\w-]+ )?model as a pickle",
        # development corpus 76: "six months from a finished model to a deployed one", "sat 9 months waiting on
        # engineering", "getting it serving took 5 months", "engineering rewrites our Python into Java", "we hand the
        # notebook and the pickle to data engineering and never hear back", "sat in a ticket queue for 7 weeks"
        r"(?:weeks?|months?|a year) from (?:a |the )?(?:finished|trained|working|done) model to (?:a |the )?"
        r"(?:deployed|live|shipped|production|serving)",
        r"(?:sat|sits|waited|waits|waiting) (?:\w+ ){0,3}(?:waiting )?(?:on|for) (?:the )?(?:engineering|engineers|"
        r"devs|developers|data engineering|platform team|backend team)\b",
        r"getting (?:it|them|the model|a model) (?:serving|deployed|live|shipped) (?:took|takes) (?:\w+ ){0,2}"
        r"(?:weeks|months|forever|ages)",
        r"(?:engineering|engineers|devs|developers) (?:re-?writes?|re-?implements?|ports?) (?:our|the|my) "
        r"(?:python|code|models?|notebooks?)\b",
        r"hand (?:over )?(?:the|our|my) (?:notebook|model|pickle)s? (?:\w+ ){0,4}to (?:the )?(?:data )?(?:engineering|"
        r"engineers|devs|developers|backend|\w+ team)\b",
        r"hand-?offs? to (?:the )?(?:engineering|engineers|devs|developers|prod\w*) (?:\w+ ){0,2}(?:takes?|took) "
        r"(?:longer|weeks|months|forever|ages)", r"(?:sat|sits|stuck|waited|waiting) in (?:a |the )?ticket queue",
        r"(?:weeks|months) and (?:two|three|four|several|\d+) teams to (?:ship|deploy|release|launch)",
    ),
    Frustration.NO_MONITORING: (
        # development corpora 70-93: "no idea which ones have degraded", "nobody knows whether the model has degraded
        # since launch", "the client keeps asking how it performs after launch", "accuracy tanks when the lighting
        # changes and we only notice later", "nobody has checked its performance since", "we only noticed from the
        # retention dashboard"
        r"no idea (?:which|whether|if) (?:\w+ ){0,3}(?:have |has )?degraded",
        r"(?:nobody|no one|no-one) knows (?:whether|if) (?:the |our )?models? (?:has |have )?degraded",
        r"(?:keeps? asking|asks?|asked) how (?:it|the model) (?:performs|is performing|does) (?:after launch|in "
        r"production|in prod|live)",
        r"(?:accuracy|performance|precision|recall|quality) (?:tanks|drops|falls|degrades) (?:\w+ ){0,6}and we only "
        r"(?:notice|find out|see it)",
        r"(?:nobody|no one|no-one) (?:has )?checked (?:its|the model'?s?|their) performance",
        r"we only (?:noticed|found out|realised|realized) (?:it )?(?:from|through|via) (?:the |our |a )?(?:\w+ ){0,2}"
        r"(?:dashboard|reports?|complaints?|tickets?|reviews?|customers?|users?)",
        # "performance dropped and we couldn't explain it for weeks"
        r"(?:performance|accuracy|quality|precision|recall) (?:dropped|fell|degraded|tanked) and (?:we|nobody|no one) "
        r"(?:couldn't|could not|can't|cannot|didn't|did not) (?:explain|notice|see|catch)",
        # "customers are complaining before we notice anything"
        r"(?:customers|users|clients) (?:are |were |keep )?complain\w* before (?:we|anyone|anybody|someone) "
        r"(?:notice|see|know|catch)",
        # "drift gets noticed by our customers before it gets noticed by us"
        r"noticed by (?:our )?(?:customers|users|clients) (?:before|first)",
        # development corpus 73: "we compute it by hand once a quarter", "nobody has opened the churn model's metrics
        # since launch", "accuracy is probably garbage now but we have no way to check"
        r"(?:compute|check|calculate|pull) (?:it|the (?:auc|accuracy|metrics?|performance)) by hand (?:once )?(?:a|"
        r"every|each) (?:quarter|month|year)",
        r"nobody (?:has )?(?:opened|looked at|checked) (?:the )?(?:[\w'-]+ ){0,3}(?:metrics|dashboard|performance) "
        r"since (?:launch|deploy\w*|release|go-?live)",
        r"(?:accuracy|performance|the model|it) is (?:probably |likely |maybe )?(?:garbage|bad|broken|off|worse) "
        r"(?:now )?but (?:we have )?no way to (?:check|tell|know)",
        # none said as a count or an answer: "monitoring? we have none", "2 people, 1 model, 0 monitoring", "I've never
        # had time to set up any monitoring", "nothing that tells us whether the predictions are any good", "we have no
        # idea of accuracy after deployment"
        r"monitoring\?\s*(?:we have |we've got |there is |there's )?(?:none|nothing|zero|nope)\b",
        # "we don't even log the predictions", "nobody is looking at them since launch"
        r"(?:don't|do not|dont|never) (?:even )?(?:log|store|record|save) (?:the |our |any )?predictions",
        r"(?<![\w.])(?:0|zero) monitoring\b",
        r"never (?:had (?:the )?time to |got (?:a)?round to )?set up (?:any |proper |real )?monitoring",
        r"nothing (?:that )?tells us (?:whether|if|when) (?:the |our )?(?:predictions|models?|scores) (?:are|is) "
        r"(?:any good|still good|wrong|off|degrad\w*)",
        r"no idea (?:of|about|what) (?:the |our )?(?:model'?s? )?(?:accuracy|performance|precision) (?:is )?"
        r"(?:after|once|in) (?:deploy\w*|prod\w*|the field)",
        # "we still didn't notice the input distribution had shifted for 3 weeks", "a Slack channel where sales posts
        # 'recs look weird today??'", "'if it breaks, customers will tell us'"
        r"(?:didn't|did not|never|nobody|no one) notice\w* (?:that )?(?:the )?(?:input |data |feature |score )?"
        r"(?:distribution|data|drift|inputs?|features?) (?:had |has )?(?:shifted|drifted|changed)",
        r"posts? ['\"‘“]?(?:the )?(?:recs|recommendations|scores|predictions|forecasts|results) "
        r"(?:look|looks|are|seem) (?:weird|off|wrong|strange|bad)",
        r"if it breaks,? (?:the )?(?:customers|users|clients) (?:will |would )?tell us",
        # "today nothing exist, we see problems only in monthly report"
        r"(?:see|find|notice|learn about|hear about|catch) (?:the )?(?:problems|issues|degradation|drift) only "
        r"(?:in|from|when|after|at)", r"only (?:see|find|notice|learn about|hear about|catch) (?:the )?"
        r"(?:problems|issues|degradation|drift) (?:in|from|when|after|at) (?:the )?(?:monthly|weekly|quarterly|"
        r"customer|business)",
        # "the business team spotted it before we did", "that's how we found out", "since then nobody has looked at
        # it" (a model once shipped)
        r"(?:spotted|noticed|caught|saw|found) it before (?:we|i) did",
        r"(?:that's|that is|this is) how (?:we|i) found out",
        r"(?:since then|after that|ever since),? (?:nobody|no one) (?:has )?(?:looked at|checked|watched|touched) "
        r"(?:it|them|the model)",
        # "took us a month to notice", "a customer told us the model had been broken for two weeks"
        r"took (?:us |them )?(?:a|one|two|three|four|six|\d+|several) (?:days?|weeks?|months?) to notice",
        r"(?:a |one )?(?:customer|user|client)s? told us (?:\w+ ){0,4}(?:broken|wrong|off|bad|down)",
        # "models keep going stale and we only notice when a building manager complains", "found out it drifted because
        # sales told us", "we've been burned twice by drift", "once it's deployed we're blind", "since then nobody has
        # looked at it"
        r"only (?:notice|find out|learn|hear about it) (?:\w+ ){0,3}when (?:a |the |our |some )?"
        r"(?:[\w-]+ ){0,2}(?:complains?|calls?|emails?|tells? us|shouts?)",
        r"found out (?:it|the model) (?:drifted|degraded|broke|went bad) because (?:\w+ ){0,2}(?:told|emailed|called)",
        r"burned (?:\w+ ){0,2}by drift",
        r"(?:once|after) (?:it's|it is|they're|they are) deployed,? (?:we're|we are) blind",
        r"(?:nobody|no one) has looked at it since",
        # "the scores got visibly worse before sales complained", "we don't hear about problems with the model until a
        # customer does", "how to tell whether it's still any good"
        r"got (?:visibly |noticeably |much |a lot )?worse (?:for \w+ )?before "
        r"(?:sales|customers?|users?|someone|anyone|the business|support) (?:complained|noticed|called)",
        r"(?:don't|do not|never) hear about (?:problems|issues) (?:with (?:the |our )?models? )?until "
        r"(?:a )?(?:customers?|users?|clients?|sales)",
        r"how to tell (?:whether|if) (?:it's|it is|the model is) still (?:any )?good",
        # "no errors, no alerts, just steadily worse predictions", "we heard about it three weeks later from the CS
        # team"
        r"no errors,? no alerts", r"heard about it (?:\w+ ){0,3}from (?:the )?(?:cs|customers?|support|sales|users?|"
        r"clients?)(?: team)?",
        # "zero alerting on drift", "no signal when the data drifts", "no model level monitoring", "after deploy:
        # nothing, zero quality metrics", "no idea how it's performing", "we'd never know", "what watches the model
        # once it's live? right now nothing"
        r"(?:zero|no) (?:alerting|alerts|signal|visibility|quality metrics|metrics|dashboards?) (?:\w+ ){0,2}(?:on|for|"
        r"when|into|of) (?:the )?(?:drift|data drifts?|(?:\w+ )?models?|predictions|performance)",
        r"no model[- ]level monitoring", r"after (?:deploy\w*|launch|release|shipping|go-?live)\W+(?:nothing|zero)",
        r"no idea how (?:it's|it is|they're|they are|the model is|our models? (?:is|are)) (?:performing|doing)",
        # development corpora 64-68: "garbage predictions for two days before a customer noticed", "it quietly breaks
        # without anyone knowing", "customers told us about the drift before our dashboards did", "we saw it only
        # after 2 weeks", "we only hear a model has gone off when a radiologist complains", "no idea if tonight's
        # model is worse than yesterday's"
        r"(?:days?|weeks?|months?) before (?:a |the |our |one |some )?(?:customers?|users?|clients?|sales|support|"
        r"someone|somebody) (?:noticed|complained|told us|caught it|spotted it|called)",
        r"without (?:anyone|anybody|us|any of us) (?:knowing|noticing)",
        r"(?:customers?|users?|clients?|sales|support) told us about (?:the )?(?:drift|it|the (?:problem|issue|drop)) "
        r"before (?:our|the|we)",
        r"(?:saw|noticed|caught|spotted|found) it only (?:after|weeks|days|months)",
        r"only hear (?:\w+ ){0,5}(?:gone off|broken|wrong|degraded|drifted|gone bad) when",
        r"no idea (?:if|whether) (?:tonight's|today's|this week's|the new(?:est)?|the latest|the retrained) "
        r"(?:model|version) is (?:any )?(?:worse|better)",
        r"(?:we'd|we would|we'll|we will|nobody would|no one would) never (?:know|notice)",
        r"what watches (?:the |our )?models?",
        # found out late, told as a story: "it dropped ~1% a week for two months before anyone noticed", "we only caught
        # it because a customer asked", "only when the complaints team escalated", "seven months of stale predictions,
        # zero alerts", "took a month to connect the dots"
        r"(?:days?|weeks?|months?|quarters?|years?) before (?:anyone|anybody|someone|somebody) "
        r"(?:noticed|caught it|realized|realised|spotted it)",
        r"only (?:caught|noticed|spotted|found) (?:it|this|the (?:drop|problem|issue)) because "
        r"(?:a |an |the |our |one )?(?:customers?|clients?|users?|pm|sales|ops|support|partner)",
        r"only when (?:the |our |a )?(?:complaints?|support|ops|sales|cs|customer service)(?: team)? (?:escalated|"
        r"complained|flagged it|called)",
        r"(?:zero|no) alerts(?=\s*(?:[.,;!)]|$))",
        r"took (?:us )?(?:a|one|two|three|\d+|several) (?:days?|weeks?|months?) to connect the dots",
        # "Nobody was watching it", "no one is checking the outputs", "nobody was tracking input distribution"
        r"(?:nobody|no one|no-one) (?:was|is|has been|were|are) (?:really )?tracking (?:the )?(?:input|data|feature|"
        r"prediction|score)s? ?(?:distributions?|drift|quality)?\b",
        r"(?:nobody|no one|no-one) (?:was|is|has been|were|are) (?:really )?(?:watching|monitoring|checking|"
        r"looking at) (?:it|them|the models?|the outputs?|the predictions|its predictions|the forecasts?)\b",
        r"(?:nobody|no one) knows (?:if|whether) the models? (?:in prod\w* |in production )?(?:is|are) (?:still )?"
        r"(?:any good|working|accurate|right)",
        # not knowing whether a shipped model still works, said many ways: "nobody knows if the model still works
        # after it ships", "no idea if it still works", "zero visibility into any of them" (models in prod), "we find
        # out a model broke when the KPI dashboard dips", "not knowing when a model silently degrades", "no alert ever
        # fired", "not one of them tells me whether the model is actually right"
        r"(?:nobody|no one|(?:i|we) (?:don't|do not|never)) (?:really )?knows? (?:if|whether|when) "
        r"(?:the |our |a |any )?(?:models?|it|they|predictions?|forecasts?) (?:still |actually )?(?:works?|degrades?|"
        r"broke|breaks?|drifts?|(?:is|are) (?:still )?(?:working|right|accurate|any good))",
        # (also as people type in a hurry: "no idea if theyre still accurate", "not sure the models are still any good")
        r"no (?:idea|clue) (?:if |whether )?(?:it|they|the models?|our models?|these models?|those models?)"
        r"(?:'s|'re|s|re)? (?:still )?(?:works?|(?:(?:is|are) )?(?:still )?(?:working|right|accurate|any good))",
        r"(?:not sure|unsure) (?:if |whether )?(?:it|they|the models?|our models?|these models?|those models?)"
        r"(?:'s|'re|s|re)? (?:(?:is|are) )?still (?:works?|working|right|accurate|any good)",
        r"(?:zero|no|little) visibility into (?:\w+ ){0,2}(?:models?|them|predictions|prod\w*)",
        # "they break silently", "models degrade silently": nobody is told when a model goes wrong
        r"(?:models?|predictions?|forecasts?|scores?|they) (?:\w+ )?(?:break|breaks|broke|degrade[sd]?|drift(?:s|ed)?|"
        r"go(?:es)? (?:bad|stale|wrong)|went (?:bad|stale|wrong)|fail(?:s|ed)?) silently",
        # "zero visibility into what it does" (an agent or a model in use)
        r"(?:zero|no|little) visibility into what (?:it|they|(?:the|our) (?:agent|bot|model|app)s?) "
        r"(?:actually )?(?:does|do|did|is doing|are doing|says|said)",
        r"(?:find|found|finding|learn\w*|hear|heard|notic\w*|discover\w*) (?:out )?(?:that )?(?:a |the |our )?(?:\w+ )?"
        r"models? (?:\w+ ){0,2}(?:broke|is broken|was broken|went bad|goes bad|degraded|drifted|went stale)",
        r"(?:not knowing|never know|(?:don't|do not) know) when (?:a |the |our )?(?:\w+ )?models? (?:\w+ )?"
        r"(?:degrades?|breaks?|drifts?|goes? bad|gets? worse)",
        r"no alerts? (?:ever )?(?:fired|went off|triggered)",
        r"(?:none|not one) of them (?:\w+ ){0,2}tells? (?:me|us) (?:whether|if) the models?",
        # "nobody can tell me the precision of the spam model this month", "we stopped looking after launch", "we
        # measured it once at launch", "what we don't have is any real monitoring"
        r"(?:nobody|no one|(?:i|we) can't|(?:i|we) cannot) (?:can )?tell (?:me |us |you )?(?:the |what )?(?:precision|"
        r"accuracy|recall|performance|error rate|auc|f1)",
        r"stopped (?:looking|checking|monitoring|watching|measuring) (?:\w+ ){0,3}after (?:launch|deploy\w*|release|"
        r"go-?live)",
        r"measured (?:it |them )?(?:only )?once (?:at|after|before) (?:launch|release|deploy\w*|go-?live)",
        r"(?:don't|do not) have (?:any )?(?:real |proper |actual )?(?:model )?monitoring",
        # "customers tell us the model broke before we notice"
        r"(?:customers|users|clients|sales|support|the business) (?:tell|told|notify|notice|report|find|see) (?:us )?"
        r"(?:[\w']+ ){0,4}before (?:we|us|anyone on the team) (?:notice|do|see|find out|know)",
        # a model that got worse once it was live, and not knowing why: "my model got worse after deploying it", "see
        # why the model got worse in production"
        r"(?:models?|accuracy|predictions?|forecasts?|scores?) (?:\w+ )?(?:got|gets|getting|is getting|went|has gotten|"
        r"have gotten) worse (?:\w+ ){0,2}(?:after|since|in|once) (?:we |it )?(?:deploy\w*|prod\w*|launch\w*|releas\w*|"
        r"went live|going live|shipp\w*)",
        r"(?:see|know|understand|find out|figure out|tell) why (?:my |our |the )?(?:\w+ )?(?:models?|classifiers?|"
        r"forecasts?|predictions?|scores?) (?:got|gets|is getting|went|has gotten) worse",
        r"why (?:my |our |the )?(?:\w+ )?(?:models?|classifiers?|forecasts?) (?:got|went|has gotten) worse "
        r"(?:[\w,']+ ){0,5}(?:can't|cannot|can not|couldn't) (?:tell|say|answer|explain)",
        # "we don't monitor anything in between", "we don't log anything once it's deployed", "we do not know if
        # accuracy is going down"
        r"(?:don't|do not|dont|never) (?:really )?(?:monitor|watch|log|check) (?:anything|them|it|the models?|"
        r"our models?)(?: [\w']+){0,2} (?:after|once|in between|between|in prod\w*)",
        r"(?:don't|do not|dont) monitor anything",
        r"(?:don't|do not|dont|can't|cannot) (?:really )?(?:know|tell|see) (?:if|whether|when) (?:the )?"
        r"(?:model's )?(?:accuracy|performance|models?|it|predictions?|quality) (?:is |are )?(?:going down|dropping|"
        r"degrading|getting worse|drifting|decaying)",
        # "we learn about it days later from a dashboard", "when the sales team complains that the scores look weird"
        r"(?:learn|find out|hear|notice)\w* about (?:it|them) (?:days|weeks|months) later",
        r"(?:complain\w*|tell us|tells us|says?) (?:that )?(?:the )?(?:scores|predictions|forecasts|numbers|outputs) "
        r"(?:look|looks|are|seem|seems) (?:weird|off|wrong|strange|bad)",
        # "we shipped it and have no idea if it's any good" (of an LLM app: its answers' quality)
        r"(?:no|zero|not much of an?) (?:real )?idea (?:if|whether) (?:it's|it is|they're|they are|this is|that's) "
        r"(?:any good|good|right|correct|working|accurate)",
        # "zero alerting on prediction quality", "found out from Twitter", "we need to know before our users do"
        r"(?:zero|no) alert\w* (?:on|for) (?:\w+ )?(?:prediction|model) (?:quality|accuracy|performance)",
        r"found out (?:about it )?(?:from|on) (?:twitter|x|reddit|social media|the news|hacker news)",
        r"(?:know|find out|hear about it|notice) before (?:our |the )?(?:users|customers|clients) do",
        # "we never know if the live ones are still accurate", "no idea whether the forecasts are still any good"
        r"(?:never|don't|do not|can't|cannot|no|not) (?:really )?(?:know|tell|sure|idea) (?:if|whether) (?:the |our |"
        r"a |any )?(?:\w+ ){0,3}(?:models?|ones|predictions|forecasts?) (?:are|is) (?:still )?(?:accurate|working|"
        r"performing|any good|right|degrading|drifting)",
        # "we only caught it when returns spiked", "we found out monday from angry tickets", "no alerting"
        r"(?:found out|caught it|caught them|noticed|heard about it|learned about it) (?:\w+ ){0,3}(?:when|because|"
        r"from) (?:\w+ ){0,4}(?:complain\w*|tickets?|spiked|emailed|called)",
        r"no alert(?:ing|s)\b",
        # nobody watching the models, no visibility into drift, found out when the business complained
        r"(?:nobody|no one|no-one|nothing|noone|missing is anyone|without anyone)(?: is| was| 's)? (?:\w+ )?"
        r"(?:watching|monitoring|"
        r"looking at|checking on|keeping an eye on) (?:the |our |live |any of the |how )?(?:\w+ )?(?:models?|"
        r"model quality|predictions|accuracy)",
        r"(?:only )?(?:found out|noticed|learned) (?:\w+ )?(?:because|when|after|from) "
        r"(?:\w+ ){0,2}(?:sales|customers?|users?|finance|support|marketing|the business|someone|a customer|"
        r"a client) (?:\w+ )?(?:complained|told|called|noticed|pinged|emailed|yelled)",
        # "no one checks them afterwards", "we literally don't look at them after deploy", "zero visibility after
        # deployment", "nothing alerted"
        r"(?:nobody|no one|no-one|we (?:literally )?(?:don't|never|do not)) (?:\w+ ){0,2}(?:looks? at|checks?|"
        r"watch(?:es)?|monitors?) (?:the |our )?(?:predictions|models?|outputs|them|it)\b(?! before)",
        r"(?:zero|no|little|(?:without|don't have|do not have|lack) any) (?:real )?visibility (?:after|once|into|in|"
        r"on|of) (?:deploy\w*|prod\w*|(?:\w+ ){0,2}(?:drift|models?|predictions|model quality|accuracy|performance))",
        r"nothing (?:alerted|paged|fired|caught it)",
        r"(?:zero|no|little) visibility (?:between|after) (?:re-?trains?|deploys?|releases?)",
        r"between (?:re-?trains?|deploys?|releases?),? (?:\w+ ){0,3}(?:zero|no|little) visibility",
        # "scores get written to Snowflake nightly and that's the last anyone looks at it"
        r"(?:that's|that is) the last (?:time )?(?:anyone|anybody|someone|we) (?:ever )?(?:looks?|looked|checks?|"
        r"checked) at (?:it|them)",
        # how they learn of a bad model, told as a story: "nobody on the ML side noticed; risk ops caught it" ("we only
        # noticed because …" is left out: said as often of bad data, labels or LLM answers as of a model gone wrong)
        r"(?:nobody|no one) on (?:the |our )?[\w-]+(?: [\w-]+)? (?:side |team )?noticed",
        r"(?:ops|risk|finance|sales|support|planners|qa|the business) (?:\w+ ){0,2}caught (?:it|this|that)",
        # "nothing in our setup looks at predictions after deploy", "once it's live, nobody looks at it again", "the
        # next
        # time anyone looked at its predictions was october", "keeps getting worse in prod", "someone eventually
        # notices"
        r"nothing (?:\w+ ){0,4}looks at (?:the |its |our )?predictions",
        r"nobody (?:looks at|checks|watches|touches) (?:it|them|the model) (?:again|after)",
        r"next time (?:anyone|somebody|someone|we) looked at",
        r"(?:keeps|kept) getting worse (?:in prod\w*|in production|over time|every)",
        r"(?:someone|somebody) (?:eventually|finally|only) notices",
        r"found out from (?:the )?(?:sales|support|customers|"
        r"finance|a customer|users)",
        # "things break with no alert until a customer emails", "we only found out from app store reviews", "nobody
        # caught it for 2 weeks", "we only noticed the last shift after a customer complained"
        r"(?:break|breaks|fail|fails) with no alert",
        r"no alert until",
        r"(?:only )?found out from (?:the )?(?:app store |play store |user |customer )?reviews",
        r"nobody caught it",
        r"only noticed (?:\w+ ){0,3}after (?:a )?(?:customer|user|client)s? complain\w*",
        # "a bad retrain was live for three days before anyone spotted it", "nobody can tell me whether it's still any
        # good", "we only log the final output", "monitoring is literally me opening a notebook", "accuracy in the field
        # is unknown", "no feedback loop at all", "zero idea how often it fails", "we find out from the brand managers"
        r"(?:was|been|stayed|sat) (?:live|in prod\w*|running|serving) for (?:\w+ ){1,2}(?:days?|weeks?|months?) before "
        r"(?:anyone|anybody|someone|we) (?:spotted|noticed|caught|saw)",
        r"(?:nobody|no one|no-one) can tell (?:me |us )?(?:whether|if) it's still (?:any )?(?:good|accurate|working)",
        r"(?:we )?only log (?:the )?(?:final|last) (?:output|answer|response)s?",
        r"monitoring is (?:literally |basically |just )?(?:me|someone|a person|one person) (?:opening|looking|"
        r"checking|eyeballing)",
        r"(?:accuracy|performance) in the (?:field|wild) is unknown",
        r"no feedback loop",
        r"(?:zero|no) idea how (?:much it costs|often it fails|often it breaks|well it's doing)",
        r"find out from (?:the |our )?(?:[\w-]+ )?(?:users|customers|managers|sales|support|business|clients)",
        # problems reported by people rather than alerts: "we heard it from QA, not from any alert", "our
        # 'monitoring' is the CEO forwarding angry customer emails", "had gone stale when a customer posted",
        # "an alert when predictions go weird", "we measured it once at launch"
        r"not from (?:any |an |our |a )?(?:alerts?|alerting|monitoring|dashboards?)",
        r"monitoring'? is (?:\w+ ){0,3}(?:forwarding|emails?|complaints?|customers?|users?|tickets?)",
        r"(?:gone|went|going|grown) stale (?:\w+ ){0,3}when", r"alerts? when (?:the )?(?:\w+ )?(?:predictions?|models?|"
        r"accuracy|outputs?|scores?) (?:go|goes|get|gets|look|looks|drift)",
        r"(?:measured|checked|evaluated) (?:it|them|accuracy|that) (?:only )?once",
        # problems found by others, or models unwatched: "we find out the model broke when sales calls us",
        # "we learn about drift from store managers", "models don't get watched after deploy", "zero dashboards"
        r"(?:find|found|finding|learn|learned|learnt|hear|heard|notice|noticed|realise|realize) (?:out )?(?:about )?"
        r"(?:\w+ ){0,3}(?:broke|broken|breaks|drift\w*|problems?|issues?|fail\w*|bugs?|degrad\w*|wrong|outages?|down)"
        r"(?: \w+){0,2} (?:only )?(?:from|when) (?:the |a |an |our |some )?(?:\w+ )?(?:customers?|users?|clients?|"
        r"sales|"
        r"support|managers?|stakeholders?|business|complaints?|emails?|calls?|tickets?|(?:risk|ops|product|finance) "
        r"team)",
        r"(?:models?|nobody|no one) (?:\w+ )?(?:don't|doesn't|do not|does not|never|isn't|aren't) "
        r"(?:get |gets |being )?"
        r"(?:watched|monitored|checked|looked at)", r"(?:no|zero) dashboards",
        r"(?:no|any|zero) idea (?:whether|if) (?:the |our )?(?:\w+ )?models? (?:\w+ ){0,3}(?:still )?(?:works?|working|"
        r"is (?:still )?(?:ok|fine|good|accurate))",
        # "no drift monitoring at all", "basically no model monitoring after deployment"
        r"(?:no|zero) (?:real |proper |actual |drift |model |ml |production |prod |performance )?monitoring"
        r"(?: in production)?",
        # (not which model is in prod: a registry's question)
        r"(?:don't|do not|can't|cannot|never) (?:monitor|see|notice|know) (?!(?:which|what) model(?: version)? "
        r"(?:is|was|'s) )(?:\w+ ){0,3}(?:in prod(?:uction)?|drift|degrad\w*|break\w*|fail\w*)",
        r"blind in prod(?:uction)?",
        r"(?:models?|data) (?:drift|degrade|rot|decay)s?", r"drift(?:ing|s)? (?:\w+ ){0,3}(?:unnoticed|silently)",
        # "we can't see what prompts our app actually sent to the model"
        r"(?:can't|cannot|can not|don't|no way to) see what (?:prompts?|the (?:llm|model|bot|agent)|(?:our|the|my) "
        r"(?:[\w-]+ )?(?:app|bot|agent|chatbot|assistant|llm|pipeline|retriever)) (?:[\w-]+ ){0,4}(?:went out|sent|"
        r"sends|said|did|returned|answered|does|retrieved|fetched|pulled)",
        # "accuracy is probably dropping in prod", "production inputs don't look like our training data anymore"
        r"(?:accuracy|performance|precision|recall|auc|model quality) (?:is |are |has been |keeps )?(?:\w+ )?"
        r"(?:dropping|degrading|decaying|slipping|declining|tanking|getting worse)",
        r"(?:inputs?|data|traffic|requests|queries|distributions?) (?:\w+ ){0,4}(?:don't|doesn't|do not|does not|no "
        r"longer|stops?|stopped) (?:look|match|resembl)\w*(?: like)? (?:\w+ ){0,2}(?:training|train)",
        # "production input data starts looking different from the training data"
        r"(?:inputs?|data|traffic|requests|queries|distributions?) (?:\w+ ){0,3}(?:looks?|looking|is|are|gets?|"
        r"getting) different (?:from|than|to) (?:\w+ ){0,2}(?:training|train)",
        r"silent(?:ly)? (?:failures?|fail|break)",
        # "broken for a week before anyone noticed", "garbage for two months and nobody noticed until sales complained"
        r"(?:before|till|until) (?:anyone|anybody|someone|somebody|we|a human) (?:\w+ )?(?:noticed|looked|checked|"
        r"caught it)",
        # "off for like 3 weeks before finance pinged us", "nothing watching it", "never set up anything to watch the
        # model", "can't say if it still works", "drifted for a whole quarter", "found out from the board deck", "no
        # alert on anything except latency", "no metric anywhere that tells me whether …", "nobody was looking at the
        # model itself", "customers find our model's mistakes before we do", "we caught it only because a customer"
        r"(?:off|wrong|broken|garbage|bad|stale|down) for (?:like |about |almost |over )?(?:\w+ )?(?:days?|weeks?|"
        r"months?) before",
        r"nothing (?:is )?(?:watching|monitoring|checking) (?:it|them|the models?)",
        r"(?:never set up|don't have|do not have|haven't set up) anything (?:to )?(?:watch|monitor|check)",
        r"(?:can't|cannot|couldn't) (?:honestly )?(?:say|tell) (?:if|whether) it (?:still )?works",
        r"(?:drifted|broke|degraded|was broken|was wrong) for (?:a |the )?(?:whole |entire |full )?(?:\w+ )?(?:days?|"
        r"weeks?|months?|quarter|year)",
        r"found out (?:about it )?from (?:the |a |an |our )?(?:\w+ )?(?:board|customers?|users?|clients?|"
        r"sales|support|finance|marketing|deck|emails?|complaints)", r"find out from (?:customers|users|complaints)",
        r"no alerts? on anything", r"no (?:metric|dashboard|alert)s? (?:\w+ ){0,3}(?:tells?|shows?) (?:me|us) "
        r"(?:whether|if)", r"(?:nobody|no one) (?:was |is )?(?:looking at|watching|checking) the models?",
        r"(?:customers|users|sales|support|clients) (?:find|found|notice|noticed|caught|catch) (?:[\w']+ ){0,3}before "
        r"(?:we|us) (?:do|did)", r"(?:found out|noticed|caught it) before (?:we|us) did",
        r"caught it only because (?:a |the |one )?(?:customer|user|client)",
        # "calibration drifts and we find out when finance complains", "we only learn when advertisers complain"
        r"(?:find|found|learn|learned|hear|heard) (?:out )?(?:about it )?(?:only )?when (?:the |our )?(?:[\w-]+ )?"
        r"(?:finance|sales|customers?|users?|clients?|support|ops|business|advertisers?|someone|somebody|marketing) "
        r"(?:complain|notice|call|yell|shout|email|ask|tell)\w*",
        # "no one knows when a model goes bad"
        r"(?:nobody|no one) (?:knows|notices|realises|realizes|sees) when (?:\w+ ){0,2}(?:models?|predictions?|it|"
        r"they) (?:goes|go|went|gets|get|turns?|starts?) (?:bad|wrong|stale|off|worse|sideways)",
        # "we don't know when forecasts go bad", "I never notice when the scores get worse"
        r"(?:we|i) (?:don't|do not|never|can't|cannot) (?:know|notice|see|tell|find out) when (?:[\w-]+ ){0,3}"
        r"(?:goes|go|went|gets|get|turns?|starts?) (?:bad|wrong|stale|off|worse|sideways)",
        r"no (?:alerts|alerting|observability|visibility)",
        r"(?:flying|running) blind",
        r"how (?:would|do|can|will|should) (?:i|we) (?:even )?know (?:if|whether|when) (?:\w+ ){0,3}"
        r"(?:still (?:any )?)?(?:accurate|working|works|good|ok|fine|degrad\w*|drift\w*|broken)",
        r"(?:nobody|no one) knows how (?:[\w-]+ ){0,3}(?:is |are |it's )?(?:performing|doing)",
        r"(?:no|zero) (?:idea|clue|visibility|insight)\w* (?:into |on )?(?:how|whether) (?:the |our |my )?(?:[\w-]+ )?"
        r"(?:models?|they|predictions?) (?:[\w']+ )?(?:behav\w*|perform\w*|are doing|do)",
        r"(?:never|don't|do not|can't|cannot) know (?:how|if|whether) (?:the |our )?(?:[\w-]+ )?(?:models?|it|they) "
        r"(?:[\w']+ ){0,2}(?:behav\w*|perform\w*|doing|still (?:any )?good)",
        r"how would (?:i|we) (?:even )?(?:find out|know|notice)",
        r"(?:lack|lacking|without) (?:is )?(?:any )?(?:idea|visibility|insight) (?:of |into )?how",
        r"(?:find|finding|found) out about (?:drift|problems|issues|it) before (?:the )?(?:customers|users|clients)",
        r"(?:nobody|no one) (?:\w+ ){0,3}noticed (?:for|until) (?:weeks|days|months|a (?:week|month))",
        r"no idea (?:whether|if) (?:[\w']+ ){0,6}drift\w*",
        r"(?:drift detection|monitoring|alerting) (?:doesn't|does not|don't|do not) exist",
        r"(?:only )?found out (?:about it )?(?:only )?from (?:the |our |a )?(?:line|floor|field|plant|store|ops)",
        r"no idea (?:how|if|whether) (?:\w+ ){0,2}"
        r"(?:models?|it) (?:is|are) (?:doing|performing)", r"(?:performance|accuracy) (?:drops|degrades|decays)",
        r"(?:nobody|no one) notic(?:e|es|ed|ing)(?![a-z])(?! (?:\w+ ){0,3}(?:upstream|data|tables?|schemas?|columns?))",
        r"(?:didn't|did not|don't|do not|never) notic\w* (?:\w+ ){0,3}(?:for|until) "
        r"(?:weeks|days|months|a (?:week|month))",
        r"(?:quietly|silently) (?:wrong|broken|degrad\w*|failing)",
        r"(?:find|found|hear|heard|learn|learned) out (?:[\w']+ ){0,4}when (?:the |a |our )?(?:\w+ )?"
        r"(?:team|customers?|"
        r"users?|clients?|business) (?:emails?|calls?|complains?|tells?|told|notices|noticed)",
        r"until (?:the |our |a )?(?:\w+ )?(?:customers?|users?|business|clients?) "
        r"(?:complain|notice|tell|call)\w*",
        r"(?:no|zero) (?:clue|idea|visibility|insight) (?:\w+ ){0,4}(?:once|in|after)"
        r" (?:they're |it's |they are |it is )?(?:deployed|prod\w*|live)",
        r"(?:no|zero) (?:clue|idea) (?:when|if|whether) "
        r"(?:\w+ ){0,3}(?:degrad|drift|break|fail|go stale|rot)\w*", r"zero monitoring", r"without (?:any )?monitoring",
        r"(?:hear|heard|learn|learned|learnt|find out|found out|know) (?:about (?:\w+ ){1,3}|of it )?(?:only )?fro"
        r"m (?:\w+ )?(?:custo"
        r"mers?|users?|"
        r"complaints|clients?|support tickets)", r"(?:nobody|no one) knows what (?:\w+ ){0,3}(?:is |are )?"
        r"(?:in prod\w*|running|deployed|live)",  # "which model is in prod" is a registry's question
        # "we only learn it drifted from chargebacks", "nobody checks on them once live"
        r"(?:learn|learned|learnt|hear|heard|find out|found out|notice|noticed) (?:about )?(?:it |that |the (?:last |"
        r"latest )?(?:\w+ )?)?(?:\w+ ){0,3}(?:only )?from (?:the )?(?:chargebacks|marketing|customers?|users?|"
        r"complaints|sales|support|the business|finance)",
        r"(?:nobody|no one|nothing) (?:checks|looks) (?:on|at|in on) (?:them|it|the models?)",
        r"(?:nobody|no one|nothing) (?:monitors|watches|tracks) (?:them|it|(?:the |our )?(?:\w+ )?models?)",
        r"without (?:anyone|anybody|us|someone|anything) notic\w+",
        r"(?:don't|do not|can't|cannot) (?:know|tell) (?:how|when|whether|if) (?:the |our )?(?:[\w-]+ ){0,2}"
        r"(?:models?|quality|accuracy|predictions?) (?:\w+ ){0,2}(?:does|do|drops?|degrades?|is doing|performs?)",
        r"(?:find|found|finding) out from (?:the )?(?:\w+ )?(?:planners|users|customers|business|ops|analysts|"
        r"managers) (?:\w+ ){0,2}(?:later|weeks|days)", r"can't tell if it's the model or the infra",
        # problems found late, by others: "we find out the churn model is broken when the sales team calls us",
        # "found out from a sales rep", "our editors notice first", "quietly stops being right", "nobody checks
        # the model after it ships", "nobody owns post-deployment checks"
        r"(?:find|found|finding|learn\w*|hear\w*|notice\w*) out (?:\w+ ){0,8}(?:is |was |were |are )?(?:broken|"
        r"wrong|off|bad|drifting|failing) (?:\w+ ){0,2}when", r"(?:find|found|finding|learn\w*|heard?) (?:out )?"
        r"(?:about it )?(?:only )?from (?:a |the |our |some )?(?:sales|support|customers?|users?|clients?|editors?|"
        r"(?:\w+ )?reps?|stakeholders?|store managers?)\b",
        r"(?:users|customers|editors|sales|support|clients|the business|stakeholders) (?:always )?notices? (?:it )?"
        r"(?:first|before (?:we|us|i))", r"(?:quietly|silently|slowly) (?:stops?|stopped) (?:being )?(?:right|"
        r"working|accurate|good)", r"(?:nobody|no one) (?:ever )?(?:checks|watches|monitors|looks at|owns) "
        r"(?:\w+ ){0,3}(?:after|once|post-?deploy\w*|in prod\w*|quality)", r"(?:only|first) notice (?:\w+ ){0,3}"
        r"at (?:the )?(?:quarterly|monthly|weekly|annual|next)",
        # development corpus 47: "we don't see nothing after deploy", "we never know when the model stops working. The
        # customers tell us", "I can't even tell whether the images changed or the model did"
        r"(?:don't|do not|can't|cannot) see (?:nothing|anything) after (?:the )?deploy\w*",
        r"never know when (?:the |a |our )?models? (?:stops?|goes|went|is|breaks?|gets?)",
        r"can't (?:even )?tell whether (?:the )?(?:data|inputs?|images?|features?) changed or (?:the )?model",
        # development corpus 46: "once a model is live we have zero visibility"
        r"(?:once|after) (?:a |the |our )?models? (?:is|goes|are|go) live,? we have (?:zero|no) visibility",
        # development corpora 11, 20: "nothing watched the inputs or the scores", "no clue, we measured it once at
        # launch"
        r"nothing watch(?:ed|es) (?:the )?(?:inputs|scores|predictions|models?|outputs)",
        r"measured it once at (?:launch|release|deploy\w*|go-?live)",
        # development corpus 76: "the client noticed our scores looked off before we did", "dashboards stayed green",
        # "we retrain whenever someone happens to notice", "before business metrics tipped us off"
        r"(?:noticed|spotted|caught|flagged|found|saw) (?:\w+ ){0,6}before (?:we|i) did\b",
        r"(?:dashboards?|alerts?|jobs?|monitors?|everything) (?:all )?(?:stayed|stays|was|were|looked|showed) "
        r"(?:all )?green",
        r"(?:whenever|when|until) (?:someone|somebody|anyone) (?:happens to )?notices?\b",
        r"before (?:the )?(?:business|revenue|sales) (?:metrics|numbers|kpis) (?:tipped|told|alerted) (?:us|me)",
    ),
    Frustration.DATA_QUALITY: (
        # development corpora 70-93: "upstream features sometimes go missing in production", "bad sensor data keeps
        # leaking into training", "the target definition changed in March and nobody told us", "a migration renamed
        # user_created_at", "schemas are permanently in flux", "something gets renamed and our nightly training fails",
        # "columns with 40% nulls", "dbt loads zero rows", "metadata is inconsistent", "a bureau changed how it fills
        # one field", "junk labels broke training"
        r"features? (?:sometimes |occasionally |often |randomly )?(?:go|goes|went|going) missing",
        r"bad (?:[\w-]+ )?data (?:keeps? )?(?:leaking|getting|slipping|sneaking|leaks|gets|slips) into (?:training|the "
        r"model|production|prod)",
        r"(?:definition|schema|meaning|format) (?:\w+ ){0,4}changed (?:\w+ ){0,3}(?:and )?(?:nobody|no one|no-one|"
        r"without anyone) (?:told|telling|warned|noticed)",
        r"(?:migration|upstream change|vendor|producer|upstream team) (?:\w+ ){0,2}(?:renamed|dropped|changed) "
        r"(?:a |the |one |our )?(?:[\w-]+ )?(?:column|field|feature)",
        r"(?:schemas?|columns?|fields?|sources?) (?:are |is )?(?:permanently |constantly |always |forever )?in flux",
        r"something (?:gets|got) renamed and (?:\w+ ){0,3}(?:training|pipeline|job|model)s? (?:fails?|breaks?|broke)",
        r"columns? with \d+ ?% nulls", r"(?:loads?|loaded|writes?|wrote|inserts?|inserted) zero rows",
        r"(?:metadata|labels|data) (?:is|are) inconsistent", r"changed how (?:it|they) (?:fills?|populates?|encodes?) "
        r"(?:one |a |the |an )?(?:\w+ )?field", r"junk (?:labels|rows|records|data) broke",
        # "data is coming wrong from vendors every week"
        r"data (?:is |keeps )?(?:coming|arriving) (?:in )?(?:wrong|broken|bad|corrupt\w*|late)",
        # "when upstream data arrives late or half-null, things break silently"
        r"data (?:arrives|comes in|shows up|lands) (?:late (?:or|and) )?(?:half-?null|broken|malformed|corrupt\w*|"
        r"incomplete|garbled|with nulls)",
        # "our features silently turned into nulls", "we keep getting NaN-filled features"
        r"(?:features?|columns?|values|inputs?) (?:silently |quietly )?(?:turned|went|became|become|turn|turning) "
        r"(?:in)?to (?:nulls?|nans?|garbage|zeros?)",
        r"(?:nan|null)-(?:filled|ridden|riddled) (?:features|columns|rows|data)",
        # "every time someone adds a column upstream, our inference service silently misaligns the features"
        r"adds? a column upstream", r"(?:silently )?misalign\w* the features",
        # labels or features wrong: "labels come from agents picking a category, and half of them are wrong", "the
        # features drift from what OpenSearch computes at query time" (training/serving skew)
        r"labels? (?:[\w,']+ ){0,10}(?:half|most|many|a lot|a third|a quarter) of (?:them|which|those) (?:are|were) "
        r"(?:wrong|incorrect|garbage|mislabel\w*)",
        r"features? (?:\w+ ){0,3}(?:drift|differ|diverge)\w* from what (?:[\w-]+ ){0,3}(?:computes?|serves?|"
        r"calculates?|produces?)",
        # "an upstream team renamed a promotions column and our forecasts quietly went sideways", "two inputs are now
        # always empty"
        r"renamed (?:a |the |our )?(?:[\w-]+ )?columns? and (?:\w+ ){0,3}(?:quietly|silently) went",
        r"inputs (?:are|were) (?:now )?(?:always |suddenly )?(?:empty|null|blank|missing)",
        # "an upstream team renamed warehouse columns without telling anyone", "it arrives with unit changes
        # mid-stream", "half our articles suddenly arrive with empty bodies"
        r"renamed (?:\w+ ){0,2}columns without (?:telling|warning|notice)",
        r"arrives? with (?:unit|schema|format) changes",
        r"(?:suddenly )?arrive with (?:empty|missing|null|blank) (?:bodies|fields|values|columns)",
        # "duplicated events, nulls in the ids", "the export started shipping empty files", "training succeeded on zero
        # rows"
        r"duplicated? (?:events|rows|records)", r"nulls in the", r"(?:shipping|sends?|sent|sending) empty files",
        r"on zero rows",
        # upstream changes that break things: "every time data changes upstream something breaks", "the ETL team
        # keeps changing stuff without telling us", "store systems send garbage half the time"
        r"(?:every time|whenever) (?:the )?data (?:changes?|shifts?) (?:upstream )?(?:\w+ ){0,2}(?:breaks?|fails?)",
        r"(?:etl|data|upstream|platform|source|backend) (?:\w+ )?(?:team|folks|people|engineers|systems?) "
        r"(?:keeps?|keep on) (?:changing|renaming|dropping|breaking) (?:\w+ ){0,3}without (?:telling|warning|asking)",
        r"sends? (?:us )?garbage",
        # "30% of rows are unusable", "the sensors send negative values and the model learns garbage"
        r"(?:rows|records|values|labels|data|entries) (?:are|is) (?:simply |just )?(?:unusable|junk|garbage|"
        r"corrupt\w*)",
        r"(?:model|models|it) (?:happily )?learns? (?:the )?(?:garbage|junk)",
        # "our validation step said green while the data was garbage", "a null sneaks into the extract"
        r"data (?:was|were) (?:\w+ )?(?:garbage|junk|rubbish|broken)",
        r"nulls? (?:\w+ )?(?:sneaks?|sneaked|snuck|creeps?|crept|slips?|slipped) (?:in|into)",
        r"sends? (?:us )?(?:negative|null|nonsense|bad|broken|wrong|garbage) (?:values|data|readings)",
        # "a vendor feed that breaks roughly monthly", "a partner silently switching date formats broke the model"
        r"(?:vendor|partner|upstream|source|data|third-party|external) (?:data )?(?:feeds?|files?|csvs?|apis?|"
        r"exports?|tables?) (?:that )?(?:keeps? )?(?:breaks?|broke|breaking|changes? (?:format|schema)\w*)",
        r"(?:switch|switches|switched|switching|changes|changed|changing) (?:their |its |the )?(?:date |column |"
        r"file |csv )?(?:formats?|schemas?|column names?) (?:\w+ ){0,4}(?:broke|breaks|breaking)",
        # "the data in BigQuery is wrong about 1 day in 10", "an API returns partial data", "garbage features"
        r"(?<![a-z])data (?:in \w+ |from \w+ )?is (?:often |sometimes |regularly |frequently )?wrong",
        r"(?:returns?|sends?|gives?|delivers?) (?:us )?(?:partial|incomplete|truncated) data", r"garbage features",
        # told as a story: "a feature table that stopped refreshing in March", "a field went missing upstream", "it was
        # a broken upstream join", "someone added a column upstream", "training/serving skew", "our churn scores came
        # from a half-loaded table", "scored on week-old bureau data", "trained on nothing for three days", "a
        # contractor labeled with two classes swapped", "our annotators disagreed on a quarter of the examples"
        r"(?:tables?|features?|feeds?|data|snapshots?|extracts?) (?:that )?(?:had )?(?:silently |quietly )?stopped "
        r"(?:refreshing|updating|loading|arriving)",
        r"(?:fields?|columns?|values?) went missing(?: upstream)?",
        r"broken upstream (?:joins?|tables?|feeds?|data|jobs?)",
        r"(?:added|dropped|removed|renamed) (?:a |one |two |some )?(?:new )?(?:columns?|fields?) upstream",
        r"(?:training[- /]serving|train[- /]serve|online[- /]offline|offline[- /]online) skew",
        r"half[- ]loaded (?:tables?|data|partitions?)", r"(?:day|week|month)s?-old (?:\w+ )?data",
        r"(?:trained|training|scored|scoring|retrained) on nothing",
        r"(?:two |the )?(?:classes|labels) swapped", r"annotators (?:disagreed|disagree|didn't agree|did not agree)",
        # "the model trains on that junk", "40 columns have been null since a vendor changed their api", "finds likely
        # label errors", "labels from 4 protocols contradict each other", "an upstream etl job failed silently"
        r"(?:trains?|trained|training|retrains?|retrained|retraining) on (?:that |this |the )?(?:junk|garbage|"
        r"bad data|stale (?:data|features))", r"(?:one |a |every )?(?:bad|breaking|silent) upstream changes?",
        r"label errors", r"noisy labels", r"(?:labels?|annotations) (?:\w+ )?contradict", r"(?:have|has) been null",
        r"null since", r"stale features", r"(?:silently|quietly) (?:failed|broke|stopped)",
        # bad data told by what it did: "we trained on nulls for two weeks", "the labels come back
        # inconsistent", "the label column was shifted by a day"
        r"trained on (?:nulls|garbage|bad data|corrupt\w* data|broken data|wrong labels)",
        r"labels? (?:come|came|are|were) (?:back )?(?:inconsistent|wrong|noisy|messy|unreliable)",
        r"(?:column|labels?) (?:\w+ ){0,3}(?:was|were|got|is) shifted",
        # bad data told as it happened: "features went NaN", "the upstream table had been full of nulls", "nulls crept
        # into income", "the same feature is implemented 7 times", "4 different SQL files", "training just ate it",
        # "we trained on it before anyone checked", "no check on the dataset before training", "no idea when the inputs
        # go bad", "dbt changes that break our training tables", "a vendor feed that drops readings", "sometimes they
        # send the same day twice"
        r"(?:went|go|goes|turned|turns|became) (?:all )?(?:nan|nans|null|nulls)\b",
        r"(?:full of|crept into|creeping into|creep into) (?:nulls|nans)", r"nulls? crept",
        r"(?:computed|implemented|calculated|defined) (?:\w+ ){0,3}(?:\d+|two|three|four|five|six|seven) (?:different |"
        r"separate )?(?:ways|times)", r"(?:\d+|two|three|four|five|six|seven) different (?:sql files|definitions)",
        r"training (?:just )?ate it", r"(?:trained|retrained) on (?:it|garbage|them|that) before anyone",
        r"no (?:check|checks|validation) on (?:the )?(?:data|dataset|inputs?)",
        r"no idea when (?:the )?(?:inputs?|data|feeds?) (?:go|goes|went) bad",
        r"(?:break|breaks|broke) our (?:training )?(?:tables|data|features)",
        r"(?:feeds?|vendor|provider) (?:\w+ ){0,4}(?:drops (?:readings|rows|records)|silently (?:dedup\w*|drop\w*|"
        r"duplicat\w*))", r"send the same (?:day|file|batch|data) twice",
        # "an upstream web form changed and half the inputs turned into 'unknown'", "the export had duplicated rows", "a
        # join duplicating 12% of rows", "tests on data the way we have tests on code"
        r"(?:duplicated|duplicate|corrupt\w*|garbage|malformed) rows", r"join (?:duplicat|drop)\w* (?:\w+ ){0,3}rows",
        r"tests? (?:on|for) (?:our |the )?data (?:the way|like|as)", r"inputs? (?:turned|came in|arrive\w*) (?:in)?to "
        r"(?:'|\")?(?:unknown|null|nan|empty)",
        # "a producer started sending nulls", "weird values showing up in the source tables", "when the upstream load
        # fails"
        r"(?:started |start |keeps? )?sending nulls",
        r"weird values (?:showing up|appear\w*|in)",
        r"upstream (?:load|job|export|feed) fails",
        # "a column upstream changed meaning", "a pile of duplicate orders", "the label leaking in through a date
        # column",
        # "upstream systems change field formats without telling us", "random encodings, dates in 3 formats", "values
        # are in different units", "computed in four different places with four different bugs"
        r"(?:a |one )?columns? (?:\w+ ){0,2}(?:changed|changes|changing) (?:its |their )?(?:meaning|type|format|units)",
        r"(?:pile|bunch|lot|ton|load)s? of duplicate (?:\w+ )?(?:rows|orders|records|entries|events)",
        r"(?:label|target) (?:leak\w*|leakage)|leak\w* in through",
        r"change (?:\w+ )?(?:field|column) (?:formats?|types?|names?) without telling",
        r"(?:random|mixed|wrong|broken) encodings",
        r"dates in (?:\w+ )(?:different )?formats",
        r"values (?:are )?in different units",
        r"(?:computed|calculated|defined) in (?:\w+ ){0,2}different places with (?:\w+ )?different (?:bugs|results|"
        r"logic)",
        # inputs that go bad without an error: "a scraper that silently started returning cookie banners", "the API
        # returns 200 with an empty body", "~10% garbage", "change schema without warning"
        r"(?:silently|quietly) (?:started |starts |began )?return\w*", r"returns? (?:a )?200 with (?:an )?empty",
        r"(?:\d+ ?%|lots of|a lot of|full of|tons of) (?:garbage|junk|noise|nonsense)",
        r"(?:change|changes|changed) (?:the |their )?schemas? (?:\w+ ){0,2}without (?:warning|notice|telling)",
        # broken inputs: "fighting null columns", "keeps renaming fields", "features at serving time don't match
        # training"
        r"(?:chang|renam|dropp|remov)(?:es|ing) (?:a |the |some |our |their )?(?:tables?'? |data |source )?"
        r"(?:columns?|fields?|schemas?|units?|formats?)",
        r"(?:null|nan|empty|missing) (?:columns|values|fields|rows)", r"skew (?:everywhere|again|issues?|problems?)",
        # "a feature went all zeros", "lost 30% of rows overnight", "silently switched currencies", "empty strings
        # instead of nulls", "nothing validates it before training", "trains on yesterday's data plus half of today's",
        # "half the training set is duplicate rows", "the labels are just wrong", "annotators disagree"
        r"(?:went|goes|go|turned|turns) all (?:zeros?|nulls?|nans?|blank)",
        r"(?:lost|lose|loses|dropped|drops) (?:\d+ ?%|half|a third|a quarter) of (?:the |its |our )?rows",
        r"silently (?:switched|changed|swapped|dropped|flipped)",
        r"(?:empty strings|nulls|zeros|garbage|nans) instead of",
        r"nothing (?:validates|checks) (?:it|them|the data|the batch|the inputs?)",
        r"trains? on (?:yesterday's|stale|old|partial|half-written|half|bad|corrupt\w*|incomplete) data",
        r"duplicate (?:rows|records|entries|samples)", r"labels (?:are|were) (?:\w+ ){0,2}(?:wrong|noisy|inconsistent|"
        r"garbage)", r"(?:annotators|labell?ers|contractors|raters) (?:\w+ ){0,4}disagree",
        r"features? (?:\w+ ){0,3}(?:don't|doesn't|do not|never) match (?:\w+ ){0,2}(?:training|offline|online|serving)",
        r"data quality(?! checks| tests| monitoring| validation| tools?)(?: problems| issues)?",
        r"(?:bad|dirty|messy|garbage|broken|inconsistent|unreliable|noisy|"
        r"missing|corrupt(?:ed)?|poor) data",
        # "half our incidents are junk upstream data", "whenever the input CSVs change shape", "the data loader hits a
        # corrupt image"
        r"(?:junk|garbage|bad|dirty|broken|corrupt\w*) (?:upstream|input|incoming|source|raw) data",
        r"(?:csvs?|files?|inputs?|tables?|feeds?|exports?) (?:\w+ ){0,2}change (?:shape|schema|format|columns?)",
        r"(?:hits?|hit|finds?|chokes? on) (?:a |an )?corrupt\w* (?:image|file|record|row|sample|example)s?",
        r"data (?:is|are) (?:a mess|messy|dirty|bad|garbage|broken|unreliable)",
        r"schema (?:changes|drift|breaks)", r"upstream (?:data )?(?:changes|breaks|issues)", r"data issues",
        r"data problems", r"(?:nulls|nans) (?:everywhere|break)", r"garbage in", r"data bugs",
        r"(?:changed|renamed|dropped|removed) (?:a |the |some )?(?:columns?|fields?|schemas?|units?|formats?)",
        r"noisy labels", r"mis-?label(?:l)?ed", r"wrong labels", r"half (?:of )?(?:it|the data|our data) is "
        r"(?:wrong|bad|garbage|missing|broken)", r"(?:training[- /]serving|train[- /]serve|online[- /]offline) skew",
        r"computed differently (?:at|in|for|between) (?:serving|training|online|offline|inference)",
        # training/serving skew told: "the serving code computes features differently", "features computed twice
        # (spark batch for training, a java service online) and they drift apart", "serving recomputes them in python
        # and the numbers dont match"
        r"(?:serving|online|inference|production|prod|api|service|scorer)(?: code| service| scorer| side| path)? "
        r"(?:re-?)?computes? (?:the |its |our )?features (?:\w+ ){0,2}differently",
        r"features (?:are |get |got )?computed (?:twice|two ways|in two places)",
        r"(?:re-?computes?|computed) (?:them|the features|features) (?:\w+ ){0,4}(?:and )?the numbers (?:don't|dont|do "
        r"not|never) match",
        r"(?:and )?they drift apart",
        r"(?:data|files?|feeds?|batch(?:es)?|exports?|records|rows|tables?) (?:\w+ ){0,2}(?:arrives?|comes?|shows up"
        r"|lands?|"
        r"come in) (?:\w+ ){0,3}(?:corrupt\w*|broken|malformed|wrong|garbled|truncated)",
        r"(?:bad|broken|corrupt\w*) (?:upstream )?(?:tables?|feeds?|batch(?:es)?|files?|inputs?)",
        r"(?:silently )?break(?:s|ing)? (?:the )?training",
        r"(?:can't|cannot|don't|no way to) (?:tell|know|check|verify) (?:if|whether) (?:the |our )?(?:\w+ )?data "
        r"(?:is|are)", r"trained on garbage",
        r"(?:upstream|source|input|raw) (?:tables?|schemas?|columns?|feeds?|data) (?:\w+ ){0,2}chang\w*",
        r"(?:exports?|feeds?|files?|extracts?) (?:that )?(?:are|is) (?:often |always |frequently |regularly )?broken",
        # "one column changed type", "the analytics team changes the tables without telling us", "no checks"
        r"columns? changed (?:type|names?|meaning)", r"(?:train\w*|trained) on garbage",
        r"(?:change|changes|changed|break|breaks|breaking) (?:the |our |their )?(?:\w+ )?(?:tables?|schemas?|"
        r"columns?|feeds?|data) without (?:telling|warning|asking) us",
        r"half (?:its|the|of the) features? (?:were )?null",
        r"(?:doubled|duplicated|dropped) the rows", r"malformed (?:csvs?|files?|rows|records|data)",
        r"(?:with|have|has) no (?:data )?checks",
        # bad input that reached training: "a vendor started sending prices in cents", "files get overwritten
        # upstream and then training breaks", "the feed has gaps and duplicate timestamps", "a stale partition"
        r"(?:vendor|partner|upstream|source system|supplier)s? (?:\w+ ){0,2}(?:started|began|stopped) (?:sending|"
        r"changing|dropping|deduplicating)", r"(?:overwritten|changed|renamed|dropped) upstream",
        r"(?:training|the pipeline|the job|retraining) (?:then )?(?:breaks|broke|fails|failed) (?:because|when)",
        r"(?:feed|data|extract|export|table)s? (?:has|have|had|with) (?:\w+ ){0,2}(?:gaps|duplicates|duplicate "
        r"(?:rows|records|timestamps)|nulls|missing values)", r"stale (?:partition|data|features|snapshot|table)s?",
        r"(?:changing|changes|changed) a (?:field|column) without telling",
        # "bad rows keep sneaking into training", "junk records slip into the training set"
        r"(?:bad|junk|garbage|broken|corrupt\w*|dirty) (?:rows|records|data|samples|readings|values|entries|"
        r"batch(?:es)?) "
        r"(?:\w+ ){0,2}"
        r"(?:sneak|slip|get|leak|creep)\w* (?:in|into|through)",
        # development corpus 47: "her notebook normalised one column and my code didn't" (training/serving skew), "a GPS
        # vendor switched units from km to miles", "the CRM export changed its columns without anyone telling me", "our
        # supplier changed one field in the data feed, three models went bad"
        r"normali[sz]ed (?:one|a|the|some) (?:column|feature|field)s? and (?:my|our|the|his|their) (?:code|service|"
        r"pipeline|app) didn't",
        r"switched (?:the )?units",
        r"(?:export|feed|source|vendor|supplier|upstream|api) (?:\w+ ){0,2}changed (?:its |their |the |a |one |some )?"
        r"(?:columns?|fields?|schema|format|units)",
        r"changed (?:one|a|the|some|two|three) (?:fields?|columns?) in the (?:\w+ )?(?:data|feed|export|file|table)",
        # development corpora 23, 39: "training and the online scorer compute the features separately, and they
        # disagree", "they drifted apart … off by a timezone"
        r"compute (?:the )?features separately,? and they (?:disagree|differ|don't match|do not match)",
        # "we keep computing the same features differently in training and in serving"
        r"(?:comput|calculat|build|generat|implement)\w* (?:\w+ ){0,3}features? (?:\w+ ){0,2}differently (?:in|for|"
        r"between) training and (?:in |for )?(?:serving|production|prod|inference)",
        r"(?:drifted|drift|drifting) apart", r"off by a time ?zone",
        FEATURES_DIFFER,
        # "assignment logs go Kafka -> Snowflake and the exposure tables break every week"
        r"(?:tables?|feeds?|exports?|extracts?|source data) (?:\w+ )?(?:break|breaks|broke) (?:every|each|once a) "
        r"(?:week|day|month|night|release|deploy)",
        # "an upstream team renamed two columns and our model served garbage for 4 days"
        r"renamed (?:a |the |one |two |three |some |several |\w+ )?(?:columns?|fields?)",
        # development corpus 76: "upstream teams keep changing types in source tables", "after an upstream type change"
        r"upstream (?:\w+ ){0,3}(?:keeps? |kept )?chang\w* (?:the )?(?:types?|schemas?|columns?|fields?)",
        r"after an upstream (?:type |schema |column |format )?change",
    ),
    Frustration.MANUAL_RETRAINING: (
        # "It's a notebook I rerun every Monday to refresh"
        r"notebooks? (?:that )?(?:i|we|someone|somebody) (?:re-?runs?|runs?) (?:by hand )?(?:every|each|once a) \w+",
        # "no one knows how to retrain it", "nobody has ever retrained a model", "retraining happens when the
        # forecasts look weird"
        r"(?:nobody|no one) (?:\w+ ){0,2}knows how to re-?train (?:it|them|the model)",
        r"(?:nobody|no one) (?:\w+ ){0,4}(?:has )?ever re-?trained",
        r"re-?train\w* (?:happens|is done|gets done) (?:only )?(?:when|whenever|if) (?:the )?(?:\w+ )?(?:look|looks|"
        r"seem|seems|go|goes|get|gets) (?:weird|off|wrong|bad|stale|worse)",
        # "the recommender gets retrained when Priya remembers", "running off my laptop every Monday since, by hand"
        r"re-?train\w* (?:\w+ ){0,2}(?:when|whenever) (?:\w+ )?remembers?",
        # retraining they wish were automatic: "want to automate retraining", "retrained monthly without me
        # babysitting", "trigger retraining automatically on drift" (not automation they have: "we automated it")
        r"(?:want|wants|need|needs|wish|love|like|hoping|help|how) (?:\w+ ){0,2}(?:to )?automat\w* (?:the |our |model |"
        r"monthly |weekly |nightly )?re-?train\w*",
        r"(?:need|want|wish for|looking for|would love) (?:an? |some )?(?:automated|automatic|auto) re-?train\w*",
        r"re-?train\w* (?:should|must|needs to|has to|to) be (?:automatic|automated)",
        # "want them retrained each quarter automatically"
        r"(?:want|wants|need|needs|like) (?:\w+ ){0,2}re-?trained (?:\w+ ){0,3}automatically",
        r"trigger\w* (?:the )?re-?train\w* automatic\w*", r"auto-re-?train\w*",
        r"re-?train\w* (?:[\w-]+ ){0,6}without (?:me|us|anyone|someone|somebody|a human|human|babysitting|manual)\b",
        # "i must retrain every day from zero? now i do it manually in notebook each morning"
        r"re-?train\w*(?: [\w,?']+){0,12} (?:i|we|someone|somebody) (?:still )?do(?:es)? (?:it|this|that) (?:\w+ ){0,2}"
        r"(?:manually|by hand)",
        # "we need retraining to stop being someone running notebooks every Friday"
        r"(?:someone|somebody|me|us|a human) running (?:the |a |our |my )?notebooks? (?:\w+ ){0,2}every",
        r"(?:want|wants|like|need|needs|wish)\w* (?:\w+ ){0,2}re-?train\w* (?:to )?(?:kick off|start|run|be triggered|"
        r"triggered|fire) (?:\w+ ){0,2}(?:when|whenever|if|once)\b",
        # "rn a DS reruns the notebook"
        r"(?:ds|data scientist|analyst|intern|someone|somebody) re-?runs? (?:the |a |our |my |her |his )?"
        r"(?:training )?(?:notebook|script)",
        # development corpus 40: "someone retrains them roughly once a month, when they remember", "we retrain when a
        # new product line comes in, which is a manual week of work"
        r"(?:when|whenever) (?:they|i|he|she) remembers?\b",
        r"re-?train\w* (?:[\w,]+ ){0,10}(?:a )?manual (?:week|day|days|weeks|month) of work",
        # "training is a script someone runs when the metrics look off"
        r"(?:training|retraining) is a (?:\w+ )?script (?:someone|somebody|one of us|i|we) runs? (?:\w+ ){0,2}"
        r"(?:when|whenever|once|if)\b",
        # "I have to kick off the training manually", "training should run on a schedule"
        r"(?:have|has) to (?:kick off|start|trigger|launch|run) (?:the |our |a )?(?:re-?)?training (?:\w+ ){0,2}"
        r"(?:manually|by hand|myself|ourselves)",
        r"(?:re-?)?training (?:should|needs? to|has to|must|ought to) (?:be )?(?:run (?:on a schedule|automatically|by "
        r"itself|on its own)|scheduled|automated|automatic)",
        # "I want the models to retrain themselves instead of me running the notebook every Monday"
        r"re-?train (?:themselves|itself)", r"instead of (?:me|us|someone|somebody) (?:manually )?"
        r"(?:running|re-?running|kicking off|triggering|launching) (?:the |a |our )?(?:[\w-]+ )?(?:notebooks?|scripts?|"
        r"re-?train\w*|jobs?)",
        # "retraining = me + a notebook + a free afternoon", "retraining depends on me running a notebook", "we
        # retrain when the sales team complains"
        r"re-?train\w* (?:\S+ ){0,6}(?:depends on|is|=|means|needs) me\b",
        r"re-?train\w* (?:\w+ ){0,3}(?:when|whenever|after|once) (?:\w+ ){0,4}complain\w*",
        # "retraining happens whenever someone has a free afternoon"
        r"re-?train\w* happens (?:whenever|when|if) (?:someone|somebody|anyone|one of us|i|we)",
        # "retraining = me re-running the notebook", "retraining is whoever's free running train.py by hand", "it's
        # still me clicking run every week", "stop babysitting it"
        # "retraining is someone clicking run-all" (not "retraining is automated but deploys are manual")
        r"retrain\w* (?:is|=|means) (?:(?!but |and |while |whereas |automat)\w+ ){0,4}"
        r"(?:running|re-?running|clicking|by hand|manual)",
        r"(?:me|someone|whoever'?s? \w+) (?:\w+ ){0,3}(?:clicking run|re-?running the notebook|running train\.py)",
        r"stop babysitting",
        # "retraining is a calendar reminder"
        r"(?:calendar|outlook|google calendar|slack) reminders?",
        # a retrain told as a ritual: "a 2-day ritual every quarter", "someone runs a notebook on the first of each
        # month", "a notebook that Priya runs every monday", "I kick each one off by hand", "whoever's on the rota",
        # "retrained by whoever built them", "without me clicking things", "they run in order because I run them"
        r"retrain\w* (?:[\w-]+ ){0,6}ritual|ritual(?:[:,]? [\w-]+){0,12} retrain",
        r"(?:runs?|rerun\w*) (?:a |the |my |our |her |his )?(?:[\w-]+ )?notebook (?:\w+ ){0,4}(?:every|each|"
        r"on the (?:1st|first))", r"notebook (?:that|which) (?:\w+ )?runs (?:every|each)",
        r"kick (?:each one|each|them|it) off by hand", r"whoever'?s? on (?:the )?rota", r"retrained by whoever",
        r"without me clicking", r"because i run them",
        # "the model is exactly as fresh as the last time Jonas had a free afternoon", "model refresh = me, a VPN and a
        # 14-step wiki page", "retrained by hand whenever someone remembers", "I pull the new data, rerun train.py"
        r"as fresh as the last time", r"(?:model )?refresh(?:es)? (?:=|is|means) me",
        r"retrain(?:ed|s)? by hand", r"whenever (?:someone|somebody|anyone) remembers",
        r"re-?run (?:the )?train(?:ing)?(?:\.py| script)",
        # "retrain + eval + deploy is me running three scripts", "someone runs dvc repro by hand every night",
        # "someone sits
        # down for two days to retrain the models one by one"
        r"is me running (?:\w+ ){0,2}scripts",
        r"runs? (?:\S+ ){0,3}by hand every (?:night|day|week|month|monday)",
        r"sits? down for (?:\w+ ){0,2}days? to retrain",
        # retraining by hand or by memory: "we do it by hand now", "whoever remembers", "every month I rerun all cells"
        # the manual word must be about retraining: "retrain nightly, then someone manually deploys" is not
        r"re-?train\w* (?:(?!deploy|ship|push|approv|releas|roll|then\b|but\b)[\w',-]+ ){0,10}(?:by hand|manually)",
        r"whoever (?:remembers|has time|gets to it)",
        r"(?:every|each) (?:day|week|month|quarter|monday|friday|sprint) (?:i|we|someone|somebody) (?:manually )?"
        r"(?:open|re-?run|re-?train|kick off|export)\w*", r"re-?run (?:all )?(?:the )?cells",
        r"retraining is manual", r"manual(?:ly)? (?:re-?train\w*|training)",
        r"re-?train\w* (?:(?!deploy|ship|push|approv|releas|roll)\w+ ){0,3}(?:manual(?:ly)?|"
        r"by hand|takes|is a pain|is painful)", r"re-?train\w* (?:is|are) (?:slow|painful|a pain|manual)",
        r"(?:no|not) automat\w* re-?train\w*", r"by hand (?:every|each) (?:week|month|time)", r"rerun training by hand",
        r"(?:someone|somebody|we) (?:has|have) to (?:re-?run|re-?train|kick off)", r"re-?train\w* by hand",
        r"(?:manual|manually) (?:kick|trigger|run)\w* (?:training|jobs|pipelines)",
        r"(?:when|whenever|if) (?:somebody|someone|anyone|we|i) (?:remembers?|gets? around)",
        r"(?:someone|somebody|we) (?:has|have) to remember", r"hand-?(?:started|triggered|kicked off|run)",
        r"re-?(?:run|train)\w* (?:\w+ ){0,3}by hand", r"forget (?:to )?re-?train",
        # "'prod' is them hitting Run All every monday", "someone kicks off a training job by hand", "pull fresh data,
        # run the notebook", "I'd love for that to just happen on its own", "re-running scripts in the right order",
        # "retrained by a data scientist running a sequence of notebooks", "stop babysitting the weekly retrain"
        r"(?:hitting|hit|hits|clicking|click|press\w*) (?:'|\")?run all",
        r"kick\w* off (?:a |the )?(?:re-?)?training (?:job|run)s? (?:\w+ ){0,2}(?:by hand|manually)",
        r"(?:pull|grab|download)\w* (?:\w+ ){0,2}data,? (?:re-?)?run (?:the |a )?(?:notebook|script)s?",
        r"(?:just )?happen on (?:its|their) own", r"re-?running (?:\w+ ){0,3}in the right order",
        r"re-?train\w* (?:\w+ ){0,5}by (?:a |an |one )?(?:data scientist|person|human|someone|somebody) running",
        r"babysit\w* (?:\w+ ){0,2}(?:re-?train\w*|training)",
        r"re-?train\w* (?:\S+ ){0,8}(?:clicking|click) (?:buttons|through)",
        r"re-?train\w* (?:is|means) (?:me|us|someone|somebody|one of us|a human|a person)",
        r"re-?training-by-hand", r"(?:scripts?|notebooks?|jobs?) [\w ]{0,30}runs? (?:\w+ )?by hand every",
        r"(?:every|each) (?:sunday|monday|friday|week|month|quarter|night|morning),? by hand",
        # "a cron on my workstation that I babysit", "every retrain is done differently", "pull data, retrain 6 models"
        r"cron (?:job )?on (?:my|a|our) (?:workstation|laptop|desktop|pc) that (?:i|we) babysit",
        r"every retrain(?:ing)? is", r"(?:pull|grab|download) (?:last \w+'s |the latest |new )?data,? retrain",
        # "retrain on their own every Monday instead of me doing it", "retraining = me clicking run every monday",
        # "whenever Priya has time", "a human with a checklist", "a Jenkins job someone has to click", "trained once
        # in 2023 and never again", "retraining means re-running notebooks", "getting retraining off my laptop"
        r"instead of (?:me|us|someone|somebody|a human) (?:doing it|running it|kicking it off|clicking)",
        r"re-?train\w* (?:=|is|means) (?:me|us|someone|somebody) (?:clicking|running|kicking|pressing)",
        r"whenever (?:\w+ ){1,2}(?:has|have|gets|finds) (?:the |some )?time",
        r"re-?train\w* (?:(?!deploy)[\w;',-]+ ){0,6}(?:a human|someone|somebody) with a checklist",
        r"(?:someone|somebody|i|we) (?:has|have) to click", r"trained once (?:\w+ ){0,3}(?:and )?never "
        r"(?:again|retrained|since)", r"re-?train\w* means re-?running",
        r"(?:get|getting|move|moving) (?:re-?)?training off (?:my|our|a) laptops?",
        r"kick\w* (?:it|them|training|retraining|the retrain) off by hand",
        r"re-?train\w* (?:\w+ ){0,4}by (?:a |an |some |one )?(?:[\w-]+ ){0,3}(?:script|notebook) (?:that )?(?:someone|"
        r"somebody|i|we|one of us) runs?",
        r"(?:runs?|run) (?:from|on) my laptop,? (?:\w+ ){0,2}(?:the )?(?:weekly |nightly |monthly )?re-?train",
        r"scripts? on a vm that retrains?",
        # development corpus 76: "one person re-runs the training script from her laptop every few weeks", "someone
        # runs feature engineering and training by hand", "we retrain whenever someone happens to notice"
        r"re-?runs? the training (?:script|notebook|job) (?:\w+ ){0,4}(?:every|by hand|manually)",
        r"runs? (?:\w+ ){0,3}training by hand",
        r"re-?train\w* (?:whenever|when) (?:someone|somebody|anyone|we) (?:happens? to )?(?:notices?|remembers?)",
    ),
    Frustration.LABELING_BOTTLENECK: (
        # "labeling costs about $1.20 per image and it's the slowest part by far", "now it's back in-house with Label
        # Studio and it's slow"
        r"(?:labell?ing|annotation)\b(?:[^.;!?]|\.\d){0,60}(?:is|it's) (?:the|by far the) slowest part",
        r"(?:labell?ing|annotat\w+|label studio|cvat)(?: [\w-]+){0,6} and it's (?:really |so |painfully |very )?slow",
        # "the two of us disagree on half the labels"
        r"disagree (?:on|about) (?:\w+ ){0,2}(?:the )?labels",
        # "transcription by native speakers is slow and expensive", "the labeling contract costs more than all the
        # compute combined"
        r"(?:labell?ing|annotation|transcription|tagging) (?:\w+ ){0,4}(?:is|are) (?:very |so |too )?(?:slow|expensive|"
        r"costly)(?: and (?:slow|expensive|costly))?",
        r"(?:labell?ing|annotation) (?:contract|vendor|bill|budget) costs? more than",
        # "every person labels the edge cases differently and we redo batches constantly", "labeling is done by two
        # pathologists in Label Studio, which is the bottleneck", "it's back in-house with Label Studio and it's slow"
        r"(?:labels?|annotates?) (?:the )?(?:\w+ ){0,3}differently",
        r"redo (?:\w+ )?batches",
        r"label\w*[^.;]{0,80}\bwhich is the bottleneck",
        r"label\w*[^.;]{0,60}\band it's (?:slow|painfully slow|too slow)",
        # "labeling gates every model iteration", "one round takes two weeks, mostly labeling", "reviewers are
        # drowning", "100 images took a week"
        r"label\w* (?:gates|blocks|holds up|bottlenecks) (?:every|each|the|our)",
        r"(?:weeks?|days|months), mostly (?:label\w*|annotat\w*)",
        r"(?:reviewers|annotators|labell?ers) are drowning",
        # "our bottleneck is 100% labeling", "the blocker is mostly annotation"
        r"(?:bottleneck|blocker|problem|constraint) is (?:\d+ ?% |all |mostly |really |totally |entirely )?"
        r"(?:label\w*|annotat\w*)",
        r"\d+ (?:images|frames|documents|samples) took (?:a|one|two|\d+) (?:week|day|month)s?",
        # annotators scarce or late: "radiologists cost $$$ and are booked for months", "the labeling vendor missed
        # another deadline", "annotating is done by paralegals ... and it takes forever"
        r"(?:annotators?|labell?ers?|radiologists?|clinicians?|doctors|paralegals?|linguists?|experts?) (?:\S+ ){0,6}"
        r"(?:booked|busy|unavailable) for (?:weeks|months)",
        r"(?:label\w*|annotation|annotator) (?:vendor|contractors?|agency|team) (?:\w+ )?missed (?:\w+ )?deadlines?",
        r"(?:label\w*|annotat\w*)(?: [\w'-]+){0,14}? and it (?:takes|is taking|took) (?:forever|ages|weeks|months)",
        # a labeling job said to be slow or costly in the same breath: "labeling is done by 2 interns with Excel, very
        # slow", "editors tag articles and it takes forever", "hand-drawing boxes is way too slow", "drawing
        # segmentation masks by hand is eating all our time", "annotation ... the queue is 3 months long"
        r"(?:label(?:s|ed|ing|ling|led)?|annotat\w*|tagg(?:ing|ed)|tags? (?:\w+ )?(?:articles|images|tickets|clips|"
        r"documents|texts?)|transcrib\w*|(?:hand-?)?draw(?:ing|s)? (?:\w+ ){0,2}(?:boxes|masks|polygons))"
        r"(?: (?!not\b|isn't|aren't|wasn't|doesn't|don't|won't|never\b)[\w',$()-]+){0,8} "
        r"(?:(?:very |way |too |so |painfully |really )?slow\b|forever|takes ages|"
        r"(?:our |the |a )?bottleneck|killing us|eat(?:s|ing)? (?:up )?(?:all )?(?:of )?our time|costs? a fortune|"
        r"\d+ (?:months?|weeks?) (?:long|behind)|months? behind|weeks? behind)",
        # "a labeling tool the doctors can use, they're our bottleneck right now"
        r"label\w*(?: [\w'-]+){0,10}[,;]? (?:they're|they are) (?:our|the) (?:main |biggest |real )?bottleneck",
        # "labeling is done by editors in their spare time so it's always the bottleneck", "a backlog of ~50k tickets
        # that need intent labels", "labels from an outsourced vendor that takes 3 weeks per batch"
        r"(?:label\w*|annotat\w*)(?: (?!not\b|isn't\b|isnt\b|no longer\b|never\b)[\w'-]+){0,10}? (?:is |it's |its |"
        r"always |still )*(?:the|a|our) (?:main |biggest |real )?bottleneck",
        r"backlog of (?:~|about |around )?[\d,.]+k? (?:[\w-]+ ){0,4}(?:that )?(?:need|needing|waiting for) (?:\w+ )?"
        r"(?:labels?|labell?ing|annotations?)",
        r"labels? (?:come |comes )?from (?:an |a |our )?(?:outsourced |external |offshore )?vendor (?:\w+ ){0,2}"
        r"(?:takes?|taking) (?:\d+|a few|several|two|three|four) (?:weeks|months)",
        # "the unlabeled backlog is 60k"
        r"(?:unlabell?ed|annotation|labell?ing) backlog",
        # labelling and slowness near each other: "transcripts need human correction and that's taking
        # forever", "photos sitting there waiting to be labelled"
        r"(?:label\w*|annotat\w*|bounding boxes|human correction)(?: [\w'%-]+){0,8}? (?:(?:is |it's |that's |"
        r"are )?(?:taking|takes|took) (?:forever|ages|weeks|months)|painfully slow|(?:so|too|really|"
        r"very) slow|an hour a week|(?:wait|waiting) (?:weeks|months))\b",
        r"(?:sitting (?:there )?waiting|wait(?:ing)? (?:weeks|months)|spends? \d+% of (?:her|his|my|our|"
        r"their) time) (?:[\w'-]+ ){0,4}(?:to be )?(?:labell?ed|annotated|label\w*|annotat\w*|hand-drawing|"
        r"drawing bounding)",
        # what they can label against what waits: "2 annotators. 40k unlabeled images", "our radiologists can give
        # maybe an hour a week", "they're 6 weeks behind", "backlog is 3 months", "60k images waiting"
        r"\d[\d,.]*\s?[km]? (?:unlabell?ed|unannotated|untagged)",
        r"(?:annotators?|labell?ers?|linguists?|radiologists?|paralegals?|transcribers?|moderators?|domain experts?) "
        r"(?:\w+ ){0,4}(?:can|could) (?:only |realistically |maybe |at most )?(?:do|give|label|get through|annotate|"
        r"tag|review|manage)",
        r"(?:they're|they are|we're|we are) (?:\d+|a few|several|two|three|four|five|six) (?:weeks|months) behind",
        r"backlog is (?:\d+|a few|several|two|three|four|five|six) (?:weeks|months)",
        r"(?:images|docs|documents|clips|samples|tickets|frames|files) (?:are )?waiting(?! (?:for|on) (?:deploy|review"
        r"|approval))",
        # "only doctors can label", "every week is either a labeling week or a training week", "exactly one annotator",
        # "our 2 linguists can do maybe 3 hours of audio a day", "relabel a few thousand fast", "makes annotation
        # faster"
        r"only (?:[\w-]+ ){0,2}(?:doctors|experts|clinicians|radiologists|lawyers|specialists) can (?:label|annotate)",
        r"(?:labeling|labelling|annotation) week", r"(?:exactly |only )?one annotator",
        # time lost to it: "we waste weeks labeling scans", "I spend half my time annotating"
        r"(?:waste|wasted|wastes|wasting|spend|spent|spends|spending|lose|losing|lost|burn\w*) (?:\w+ ){0,2}"
        r"(?:weeks|days|months|hours|ages|so much time|half (?:of )?(?:our|my|the|their) time) (?:on )?(?:\w+ )?"
        r"(?:label\w*|annotat\w*|tagging|drawing (?:boxes|masks|polygons))",
        r"(?:\d+|two|three|four) (?:linguists|reviewers|annotators|labell?ers|experts) can (?:do|fix|label|annotate)",
        r"re-?label (?:a few )?(?:\w+ )?(?:thousand|hundred)", r"(?:makes?|make) (?:annotation|labell?ing) faster",
        r"model-assisted (?:labell?ing|annotation)",
        # thread style: "we're months behind", "it's crawling along", "they simply can't keep up", "hopeless at this
        # volume"
        r"(?:we're|we are|i'm|i am) (?:months|weeks) behind",
        r"crawling along",
        r"(?:they|annotators|labell?ers|we) (?:simply |just )?(?:can't|cannot) keep up",
        r"hopeless at this (?:volume|scale|rate|pace)",
        # "at the current pace the backlog clears sometime in 2028"
        r"(?:at (?:the|this) (?:current )?pace,? )?the (?:labell?ing |annotation )?backlog (?:clears|will clear|is"
        r" cleared|would clear)",
        # "labeling is eating our whole budget"
        r"(?:label\w*|annotat\w*) (?:is |are )?eat\w* (?:\w+ ){0,3}budget",
        # labels that come slowly, dearly or badly: "hand-label 10k photos", "the labeling queue is 40k deep",
        # "we pay contractors per box and quality is all over the place"
        r"hand-?label\w*", r"(?:label\w*|annotat\w*) (?:queue|backlog)s?",
        # "the queue for the new defect types is three weeks deep", "tagging them in excel", "hand-tagging 40k tickets",
        # "we ration labels", "it crawls", "two hours of their time a week", "the backlog never ends", "a backlog of
        # four months", "the correction queue is bigger than the team can handle", "labels still not back"
        # (not "the queue on the lab cluster is a week deep": jobs wait for machines there)
        r"queue (?!(?:\w+ ){0,5}?(?:cluster|gpus?|nodes?|partition|hpc|slurm)\b)(?:\w+ ){0,5}is (?:\w+ ){0,2}"
        r"(?:weeks?|days?|months?) deep", r"hand-?tag\w*",
        r"(?:tagging|labell?ing|annotating) (?:\w+ ){0,2}in (?:excel|google sheets?|a spreadsheet|spreadsheets)",
        # "labels are done in excel", "annotations live in a spreadsheet"
        r"(?:labels|annotations|tags) (?:are |get |is )?(?:done|made|kept|entered|typed|live|living) in (?:excel|"
        r"google sheets?|a spreadsheet|spreadsheets)",
        r"ration (?:the )?(?:labels|annotations)", r"(?:can't|cannot) afford (?:enough )?(?:labels|labell?ed (?:data|"
        r"examples)|examples|annotations)", r"(?:labell?ing|annotation) (?:\w+ ){0,5}(?:crawls|is slow|takes forever|"
        r"drags)", r"(?:two|\d+|a few|one) hours? of (?:their|his|her) time (?:a|per) week", r"backlog never ends",
        r"backlog of (?:about |around |roughly |over )?(?:\w+ )?(?:weeks|months)",
        r"(?:correction|review|labell?ing|annotation) queue is (?:bigger|larger|longer) than",
        r"(?:labels|annotations) (?:[\w/-]+ ){0,5}(?:still )?not back",
        # throughput against need: "~200 images a day and the next model needs 40k", "200 boxes an hour and we need
        # 400k"; rounds that take weeks: "label, train, find mistakes, relabel takes weeks"
        r"~?\d+ (?:images|boxes|bounding boxes|labels|samples|documents|tickets|clips|frames) (?:a|an|per) (?:day|"
        r"hour|week),? (?:[\w,]+ ){0,6}(?:need|needs|require|requires)\b",
        r"relabel\w* (?:\w+ ){0,3}takes (?:weeks|days|months|forever|ages)",
        r"(?:label\w*|annotat\w*|contractors?) (?:\S+ ){0,10}(?:quality (?:is )?all over the place|inconsistent)",
        r"label(?:l)?ing is a bottleneck",
        r"label(?:l)?ing (?:(?!not |never |no longer )\w+ ){0,5}(?:slow|slows|slowing|slowest|bottleneck|expensive|"
        r"painful|pain|takes|costly|manual)", r"(?:label(?:l)?ing|annotation) throughput",
        r"(?:cut|reduce|speed up|shorten) (?:\w+ ){0,2}(?:label(?:l)?ing|annotation) (?:time|costs?|effort)",
        r"annotat\w* (?:\w+ ){0,4}(?:slow\w*|bottleneck|expensive|painful|takes|costly|forever)",
        r"(?:not enough|too few|lack of|need more|short on|no) (?:labels|labeled data|labelled data|annotations|"
        r"annotated data|training data)",
        r"(?:don't|do not) have enough (?:labels|labeled data|labelled data|annotations|"
        r"annotated data|training data)", r"waiting (?:for|on) (?:labels|annotators|annotations)",
        r"(?:bottleneck|stuck) (?:is|on|with) (?:label\w*|annotat\w*)",
        r"label(?:l)?ing (?:\w+ ){0,4}(?:myself|by hand|manually)",
        r"(?:label|annotat)\w* (?:[\w-]+ ){0,10}and it's (?:\w+ )?(?:slow|expensive|painful|a bottleneck)",
        r"speed up (?:the |our )?(?:label(?:l)?ing|annotation)", r"label\w* (?:[\w-]+ ){0,3}faster",
        r"(?:label|annotat|draw)\w* (?:[\w-]+ ){0,12}(?:by far )?the slowest",
        r"(?:annotators?|label(?:l)?ers?) (?:\w+ ){0,6}"
        r"(?:inconsistent|all over the place|slow|expensive|bottleneck|can't keep up|disagree)",
        # labels at a trickle: "~200 images a day and the next model needs 40k", "can label maybe 150 a day",
        # "we get a few hundred a month", "10 minutes per clip", "stuck at 2k labeled clips"
        r"(?:label|tag|annotat)\w* (?:\w+ ){0,2}(?:maybe |about |only |roughly )?~?(?:\d+|a few hundred|a couple "
        r"hundred|hundreds) (?:\w+ )?(?:a|per) (?:day|week|month)", r"get (?:only )?through (?:only )?(?:a few|"
        r"\d+) (?:hundred )?(?:\w+ )?(?:a|per) (?:day|week|month)", r"(?:minutes|hours) (?:per|a|for each) (?:clip|"
        r"image|document|sample|item|scan|frame|video|record)", r"stuck at (?:\d+k?|a few (?:hundred|thousand)) "
        r"label\w*", r"(?:labels|annotations) (?:come|arrive) from (?:one|a single|just one|\d+)",
    ),
    Frustration.LLM_QUALITY_UNKNOWN: (
        # development corpora 70-93: "small prompt tweaks keep causing regressions we only catch in prod", "zero
        # baseline metrics", "is the LLM getting better or worse week over week? honestly nobody knows", "can't prove it
        # works", "quality isn't tracked at all", "no clue whether each change helped or hurt", "nobody can tell whether
        # the agent actually did the right thing"
        r"(?:prompt|model) (?:tweaks?|changes?|edits?|swaps?|upgrades?) (?:\w+ ){0,3}(?:caus\w*|introduc\w*) "
        r"regressions?", r"regressions? (?:that )?we only (?:catch|find|notice|see) in (?:prod|production)",
        r"(?:zero|no) baseline metrics",
        r"(?:getting|got|gets) better or worse\b[^.;!]{0,40}(?:nobody|no one|no-one) knows",
        r"(?:can't|cannot|can not|couldn't) prove (?:that )?(?:it|the (?:\w+ )?(?:bot|assistant|feature|agent)) works",
        r"quality (?:isn't|is not|isnt|wasn't|was never|is never) (?:tracked|measured|monitored|evaluated)",
        r"no (?:clue|idea) (?:whether|if) (?:each |the |a |our |that )?(?:prompt )?(?:change|tweak|edit)s? "
        r"(?:helped|hurt|made)",
        r"(?:nobody|no one|no-one|can't|cannot|we can't|i can't) (?:can )?tell (?:whether|if) (?:the|our) (?:agent|bot|"
        r"llm|assistant|model) (?:actually |really )?did the right thing",
        # "right now I can't tell whether the fine-tune helped at all"
        r"(?:can't|cannot|can not|couldn't) tell (?:whether|if) (?:the |our |my )?(?:fine-?tune|new prompt|"
        r"prompt change|model swap|new model|change) (?:helped|worked|made (?:it|things|them) better|improved)",
        # development search suite 43: "agent does weird stuff", "rag returns wrong chunks", "users say the chatbot is
        # bad", "llm app regresses after every change"
        r"(?:agents?|bots?|chat ?bots?|llms?|assistants?|copilots?) (?:does|do|did|doing|keeps? doing) "
        r"(?:weird|strange|odd|dumb|random|stupid|crazy|unexpected) (?:stuff|things)",
        r"(?:rag|retriev\w*|retriever|vector search|semantic search) (?:\w+ )?(?:returns?|returned|pulls?|brings? back|"
        r"fetch\w*|finds?|gets?|surfaces?) (?:the )?(?:wrong|irrelevant|bad|useless|unrelated) (?:chunks?|documents?|"
        r"docs|passages?|results?|context)",
        r"users? (?:say|says|said|complain\w*|report\w*) (?:that )?(?:the |our )?(?:chat ?bot|bot|assistant|answers?|"
        r"llm|agent|copilot)s? (?:is|are|was|were) (?:bad|wrong|useless|terrible|off|worse|broken)",
        r"(?:llm|prompt|rag|chat ?bot|agent|assistant)s? (?:app )?(?:\w+ )?regress\w* (?:after|with|on) (?:every|each)",
        # development corpus 73: "legal asks how we know the answers are right"
        r"how (?:do )?(?:we|you|i) know (?:if |whether )?(?:the|its|our) (?:answers?|outputs?|responses?|summaries) "
        r"(?:are|is) (?:right|correct|accurate|true|any good)",
        # "how do we know if our RAG answers are any good?", "how do I tell whether the chatbot's answers are good"
        r"how (?:do |can |would |should )?(?:we|you|i) (?:know|tell|check|measure) (?:if |whether |that )?"
        r"(?:the |its |our |my )?(?:rag|chat ?bot'?s?|bot'?s?|assistant'?s?|llm'?s?|agent'?s?|copilot'?s?) "
        r"(?:answers?|outputs?|responses?|summaries|replies) (?:are|is) (?:right|correct|accurate|true|(?:any )?good|"
        r"ok|okay|reliable|improving|getting better)",
        # "Priya reads 20 answers and says 'looks fine'"
        r"(?:reads?|skims?|spot-?checks?|eyeballs?) (?:\d+|a few|some|a handful of|twenty|ten|fifty) (?:\w+ )?"
        r"(?:answers|responses|outputs|replies|transcripts) and (?:says|decides|goes)",
        # "my manager keeps asking 'is it getting worse?' and I have no answer": asked, and no way to answer
        r"(?:asks?|asked|asking|wants? to know|wonders?|wondering) (?:me |us )?(?:all the time |every week )?"
        r"['\"‘“]?(?:is|are|if|whether) (?:it|they|(?:the|our) (?:new |latest |last )?[\w-]+)(?: is| are)? "
        r"(?:(?:getting|gotten|got) )?(?:worse|better)\b[^.;!]{0,30}?(?:(?:i|we) (?:have|had|got) (?:no|zero) "
        r"(?:answer|idea|clue)|(?:i|we) (?:can't|cannot|couldn't|could not) (?:answer|say|tell)|answer is "
        r"['\"‘“]?(?:we|i) (?:don't|do not|dont) know)",
        # "changing prompt can decrease performance silently", "a prompt change quietly broke the answers"
        r"(?:chang\w*|edit\w*|tweak\w*) (?:the |a |our )?(?:system )?prompts? (?:can |could |may |might |will )?"
        r"(?:\w+ )?(?:decrease|degrade|hurt|break|worsen|lower)\w* (?:the )?(?:\w+ )?(?:performance|quality|answers|"
        r"accuracy|outputs?) (?:silently|quietly|without (?:anyone|us|we) notic\w*)",
        r"prompt changes? (?:\w+ )?(?:silently|quietly) (?:decrease|degrade|hurt|break|worsen|lower)\w*",
        # "we have no idea if the feedback quality changes", "our eval today is 'run it and see'"
        r"no idea (?:if|whether) (?:the |our )?(?:\w+ )?quality (?:changes|changed|got|gets|goes|is)",
        r"(?:our |the )?evals? (?:today |right now |currently )?(?:is|=) ['\"‘“]?(?:run it and see|vibes|eyeball\w*)",
        # "our eval process is me eyeballing twenty transcripts", "a model upgrade made it invent file paths"
        r"eyeball\w* (?:\w+ ){0,3}(?:transcripts|outputs|answers|responses|traces|conversations)",
        r"invent(?:s|ed|ing)? (?:file paths|facts|citations|sources|apis|functions|answers)",
        # "document extraction with LLMs (Claude) for invoices. Our accuracy is unclear": said of an LLM app
        r"(?:llms?|gpt|claude|chatbot|assistant|rag|agents?)\b[^.;!?]{0,40}[.;]? (?:our |the |its )?"
        r"(?:accuracy|quality) is (?:unclear|unknown|a mystery|anyone's guess)",
        # "we have no idea if the non-english answers are any good", "regressions show up in user complaints"
        r"(?:no|zero) (?:clue|idea) (?:if|whether) (?:the |our |its )?"
        r"(?:[\w-]+ )?(?:answers|responses|outputs|replies|summaries) (?:are|is) (?:any good|good|right|correct)",
        r"regressions (?:show up|surface|appear) (?:in|as|through) (?:\w+ )?complaints",
        # "answers are sometimes wrong and we can't tell why", "the responses are often made up"
        r"(?:answers?|responses?|replies) (?:are|is|were|was|come out|comes out) (?:sometimes |often |occasionally |"
        r"randomly |frequently |still |just )?(?:wrong|incorrect|inaccurate|made up|garbage|nonsense|hallucinated)\b",
        # "invents a plausible-sounding policy", "I have no idea how to measure that", "quality quietly dropped", "we
        # have no idea which of our last five fine-tunes is actually better", "I test by chatting with it for twenty
        # minutes", "nobody agrees which prompt is best", "the LLM part has... vibes", "no way of knowing what we lost",
        # "the chatbot's eval is the founder trying five questions", "I can't prove it never drops allergies"
        r"invents? (?:a |an )?(?:plausible[- ]sounding |fake |made-up )"
        r"(?:\w+ )?(?:polic(?:y|ies)|answers?|facts?|sources?|citations?)",
        r"(?:no|zero) idea how to (?:measure|evaluate|test|score|check) (?:that|it|this|them|quality)",
        r"quality (?:quietly|silently) (?:dropped|degraded|got worse|went down)",
        r"(?:no|zero) idea which (?:of )?(?:our |the |my )?(?:\S+ ){0,4}(?:fine-?tunes|prompts|prompt "
        r"versions|models|checkpoints) (?:is|are|was) (?:actually |really )?(?:better|best|worse)",
        r"test (?:it )?by chatting with it",
        r"(?:nobody|no one) agrees (?:on )?which prompt",
        r"(?:has|is|are|=)(?:\.\.\.|…| )+vibes\b",
        r"no way of knowing (?:what|how much) (?:we|you) (?:lost|lose|gained|broke)",
        r"eval['\"]? is (?:the founder|the pm|our pm|someone|me|us|the ceo|the cto) (?:trying|asking|typing|testing)",
        r"(?:can't|cannot) prove (?:to \w+ )?(?:\w+ ){0,2}that it (?:never|always|doesn't|does not)",
        # "I cannot tell whether last week's chunking change helped or hurt"
        r"(?:can't|cannot|couldn't|no way to) (?:\w+ ){0,2}tell (?:whether|if) (?:[\w'-]+ ){0,6}"
        r"(?:helped|helps|improved) "
        r"or (?:hurt|hurts|made (?:it|things) worse)",
        # "answers got vaguer over a month", "how do we know it isn't telling customers nonsense?", "pure vibes"
        r"(?:answers?|responses?|replies|outputs?|summaries) (?:got|get|getting|became|become|went|have gotten) "
        r"(?:\w+ )?(?:vaguer|worse|weirder|wronger|less accurate|less relevant|off|sloppier|generic)",
        r"how (?:do|can|would) (?:we|i|you) (?:even )?(?:know|tell|check) (?:if |whether |that )?"
        r"(?:it|the (?:bot|model|assistant|agent|chatbot)|our (?:bot|assistant|agent|chatbot)|answers?)"
        r"(?: is|'s| isn't| is not)? "
        r"(?:\w+ ){0,3}(?:nonsense|wrong|hallucinat\w*|making (?:things|stuff) up|made[- ]up)",
        r"(?:pure|just|all|only|running on|based on) vibes", r"vibes?[- ](?:based|check\w*)",
        # "nobody can currently tell me whether the answers are accurate", "3 of us read transcripts every morning",
        # "asks 'is it good?' every week and I have no way to answer"
        r"(?:nobody|no one) can (?:currently |really |actually )?tell (?:me |us )?(?:if|whether) (?:the |its |our )?"
        r"(?:[\w']+ )?(?:answers?|summaries|responses?|outputs?|replies) (?:are|is) (?:any good|accurate|right|correct|"
        r"good)",
        r"(?:read|reading|reads|review|reviewing|reviews) (?:\w+ ){0,2}(?:transcripts|conversations|convos|chat logs) "
        r"(?:every|each) (?:morning|day|week|evening)",
        r"is it good\W+(?:\w+ ){0,6}(?:no way to answer|no answer|no idea|can't answer)",
        # "we judge new prompt versions by vibes", "every prompt tweak is a gamble", "no systematic scoring"
        r"(?:judge|evaluat\w*|check|test|assess|compar\w*)\w* (?:[\w-]+ ){0,4}by (?:vibes?|gut|feel)\b",
        r"prompt (?:changes?|tweaks?|edits?|updates?) (?:is|are) (?:a |basically a |always a )?(?:gamble|guess\w*|"
        r"lottery|coin ?flip)",
        r"no (?:systematic|real|proper|objective|consistent) (?:scoring|evaluation|evals?|way to (?:score|evaluate|"
        r"judge))",
        # "the bot recommended a competitor's product", "a model version bump made the summaries noticeably worse",
        # "50 questions scored by eye", "accuracy 'feels' like 95%"
        r"(?:bot|chatbot|assistant|copilot) (?:\w+ ){0,2}(?:recommended|quoted|invented|suggested|gave) (?:a|an|the|"
        r"our|last|some|wrong|outdated)",
        r"made (?:the )?(?:summaries|answers|outputs|responses|replies|bot) (?:\w+ )?(?:worse|answer in)",
        r"(?:scored|judged|checked|graded|rated) by eye", r"(?:accuracy|quality) (?:'|\")?feels(?:'|\")? like",
        # no way of knowing whether the answers are right; shipped when the vibes are good, eyeballing a few questions
        r"(?:no idea|no way of knowing|no way to know|(?:don't|do not|didn't) (?:really )?know|can't tell|"
        r"cannot tell|couldn't tell|(?:nobody|no one) could tell|can't say|not sure) (?:me |us )?(?:if|whether|"
        r"how good|"
        r"how well|how accurate) (?:the |its |our |their |those |these |any )?(?:\w+ )?(?:answers?|summaries|"
        r"responses?|outputs?|replies|generations|completions) (?:\w+ )?(?:are|were|is|was|got|get|really)",
        r"(?:if|when) the vibes (?:are|feel|look|seem) (?:good|ok|okay|right|fine)",
        r"vibe[- ]check\w*",
        r"eyeball\w* (?:like |about |maybe |a few |some )?(?:\d+ |a few |some |the )?(?:questions|answers|"
        r"outputs|responses|prompts|examples|samples)",
        # "we eyeball ten conversations", "prompt changes are a coin flip", "a small wording tweak broke JSON output",
        # "changed one line of the system prompt and the bot started answering in french",
        # "no number anywhere that tells me whether the summaries are good"
        r"eyeball\w* (?:~?\d+|a few|some|ten|twenty|a dozen|a handful of) (?:\w+ )?(?:outputs|answers|responses|"
        r"conversations|chats|results|samples|generations)",
        r"(?:prompt|wording|system prompt) (?:changes?|tweaks?|edits?) (?:\w+ ){0,3}(?:broke|break|breaks|"
        r"are a coin flip|is a coin flip)",
        r"(?:changed|tweaked|edited|changing|tweaking) (?:one line of |a line in )?(?:the |our )?(?:system )?prompt "
        r"(?:\w+ ){0,6}(?:started|broke|began)",
        r"no (?:number|metric|numbers|metrics|way to (?:know|tell)) (?:\w+ ){0,5}(?:whether|if) (?:the )?(?:summaries|"
        r"answers|outputs|responses|it|they) (?:are|is) (?:good|any good|working|right)",
        # "it confidently invents a policy", "it's all vibes", "our only 'eval' is whether sales complains", "is v3
        # better than v2?", "regression tests for prompts", "no clue which prompt version", "a way to score outputs"
        r"confidently (?:invents?|makes? up|hallucinat\w*|answers? wrong)", r"(?:it's|its|it is) all vibes",
        r"(?:our )?only (?:'|\")?evals?(?:'|\")? is", r"is v\d+ better than v\d+",
        r"score (?:the |our |llm )?outputs",
        # "our eval process is literally 'Dave reads 20 outputs'", "wrong roughly 1 in 10 times", "we don't know how it
        # behaves on edge cases"
        r"reads (?:\d+|a few|some) outputs",
        r"wrong (?:roughly |about |maybe )?\d+ (?:in|out of) \d+(?: times)?",
        r"(?:don't|do not) know how it behaves",
        # "we can't tell when the agent is wrong"
        r"(?:can't|cannot|can not|couldn't|no way to) (?:even |really )?(?:tell|know|see|say) (?:when|if|whether) "
        r"(?:the |our |an? |it )?(?:(?:agent|bot|chatbot|assistant|copilot|llm|rag)s? )?(?:is|are|was|were|gets? "
        r"(?:it|things|answers)) (?:\w+ )?(?:wrong|right|correct|hallucinat\w*|lying|making things up)",
        # "customers caught wrong refund answers before we did", "how often it's wrong", "keeps going off the rails",
        # "every client asks 'how accurate is it?' and we have literally no answer"
        r"(?:customers?|users?|clients?) (?:caught|catch|find|found|spotted|reported) (?:\w+ ){0,3}(?:answers|"
        r"responses|replies|summaries|outputs|mistakes|errors|hallucinations) before (?:we|us)",
        r"how often (?:it's|it is|it gets (?:things|it)|the (?:bot|model|assistant|agent) is) wrong",
        r"(?:keeps|kept) going off the rails",
        r"how accurate (?:is it|it is)\W* and (?:we )?(?:have )?(?:literally )?(?:no|zero) (?:answer|idea)",
        # quality judged by reading or found by accident: "our 'eval process' is me reading 30 chatbot answers and
        # vibing", "the support bot confidently invents features", "RAG answers went sideways"
        r"(?:read|reading|eyeball\w*|skim\w*) (?:[\w-]+ ){0,2}(?:chatbot |bot |llm |model |agent )?(?:answers|"
        r"responses|outputs|completions|replies)",
        # (not a share: "the churn model makes up 30% of revenue")
        r"(?:bot|chatbot|assistant|agent|llm|model) (?:\w+ ){0,2}(?:invent(?:s|ed|ing)?|makes? up|made up|fabricat\w*)"
        r"(?! (?:about |around |over |nearly |almost |roughly )?(?:\d|half|most|the (?:bulk|majority|largest)|"
        r"a (?:third|quarter|half|big|large|small|fifth|tenth)))",
        # an LLM app's wrong answers told as incidents: "last tuesday it told a customer our refund window is 90 days",
        # "once it promised a customer a refund", "answers confidently", "made-up dimensions for furniture"
        r"(?:it|bot|chatbot|assistant|agent|copilot|llm|gpt|ai) (?:\w+ ){0,2}(?:told|tells|said|says|quoted|quotes|"
        r"recommended|recommends|promised|invented) (?:a |our |the |some |one of our )?(?:customers?|users?|clients?|"
        r"kids?|patients?|students?|lawyers?|someone|somebody|people)",
        r"answer(?:s|ed|ing)? confidently",
        # (not "our pricing model was confidently wrong": a classic model, no LLM)
        r"(?<!model was )(?<!model is )(?<!models are )(?<!models were )confidently wrong",
        r"made-up (?:dimensions|prices|facts|numbers|dates)",
        # "users say it sometimes makes stuff up", "wrong or made-up answers"
        r"(?:makes?|making|made) (?:stuff|things|shit|facts|answers|sources|citations|numbers|policies|quotes) up",
        r"made[- ]up (?:answers|facts|citations|sources|policies|numbers|quotes|stuff)",
        # "it sometimes makes up refund policies", "made up a discount"
        r"(?:it|bot|chatbot|assistant|agent|copilot|llm|model|gpt) (?:\w+ ){0,2}(?:makes?|made|making) up "
        r"(?:a |an |the |some )?(?:[\w-]+ )?(?:answers?|facts?|polic(?:y|ies)|citations?|sources?|numbers?|prices?|"
        r"quotes?|urls?|links?|dates?|names?|features?|rules?|discounts?|refunds?|information|info|details?|stuff|"
        r"things|apis?|functions?|endpoints?|products?)\b",
        r"(?:answers|responses|outputs|replies) (?:went|go|have gone|got|get) (?:sideways|worse|downhill|weird)",
        # "some summaries invent guests", "started giving weird answers after a prompt change", "retrieval quality is
        # all over the place", "how do ppl eval RAG answers w/o reading 500 of them", "only lawyers can judge",
        # "our LLM eval is literally a Google Sheet", "we ship prompt changes with zero regression tests"
        r"(?:summar\w*|answers|responses|outputs|replies|feature) (?:\w+ ){0,2}(?:invent(?:s|ed|ing)?|makes? up|"
        r"made up|"
        r"fabricat\w*|hallucinat\w*)",
        r"(?:giving|gives|gave|returns?|returning|spits? out) (?:\w+ )?(?:weird|wrong|bad|strange|garbage|nonsense|"
        r"made-up) (?:answers|responses|outputs|results|summaries|replies)",
        r"(?:retrieval|answer|response|output|summary) quality (?:is|was|has been) (?:all over the place|inconsistent|"
        r"bad|poor|terrible|meh|unpredictable|random)",
        r"(?:eval\w*|check\w*|judg\w*|grad\w*|scor\w*) (?:\w+ ){0,3}(?:answers|responses|outputs|summaries) "
        r"(?:w/o|without) (?:reading|checking|looking at)",
        r"only (?:the |our )?(?:\w+ )?(?:lawyers|doctors|clinicians|experts|humans|analysts|reviewers) can (?:judge|"
        r"tell|evaluate|check|say)",
        r"evals? (?:[\w-]+ ){0,5}(?:is|are|=) (?:literally |just |basically |still )?(?:a |an |our |the )?"
        r"(?:google sheet|spreadsheet|vibe check|vibes|thumbs|pm)",
        # "no numbers to say v2 beats v1", "each swap is a leap of faith", "retrieval quality dropped", "maybe better
        # maybe worse", "no test set", "the bot got dumber", "no way to check if they're right", "looks great on the 20
        # prompts I tried by hand", "no idea how it does on everything else"
        r"no (?:numbers|metrics|data|way|evidence) to (?:say|tell|show|prove) (?:\w+ ){0,3}(?:beats|is better|better|"
        r"worse)", r"leap of faith", r"(?:retrieval|answer|response) quality (?:dropped|got worse|tanked|degraded)",
        r"maybe better,? maybe worse", r"no (?:eval |test |golden )?(?:test set|eval set)",
        r"(?:got|gets|getting) dumber", r"no way to (?:check|tell|know|measure) (?:if|whether)",
        r"(?:prompts|questions|examples) (?:i|we) tried by hand",
        r"no idea how (?:it|the model|the bot) (?:does|performs|behaves) on",
        r"prompt changes? (?:\w+ ){0,4}(?:no|zero|without) (?:\w+ )?(?:regression )?tests",
        # LLM changes judged by nobody or by hand: "nobody knows which prompt version made the bot better",
        # "I manually inspect 200 chatbot answers"
        r"(?:nobody|no one|don't|can't|cannot) (?:can |could |really )?(?:knows?|tell|say) (?:which|whether|if) "
        r"(?:\S+ ){0,8}(?:better|worse|"
        r"improv\w*|regress\w*)",
        r"(?:manually|by hand) (?:inspect|check|review|read|grade|eyeball)\w* (?:\w+ ){0,3}(?:answers|outputs|"
        r"responses|completions|generations)",
        r"(?:inspect|check|review|read|grade|eyeball)\w* (?:\w+ ){0,3}(?:answers|"
        r"outputs|responses|completions|generations) (?:by hand|manually)",
        r"we can't tell if our llm app is good", r"we can't tell if our llm's answers are good", r"hallucinat\w*",
        # "no clue if our bot is any good", "no idea whether the assistant's answers are right"
        r"(?:no|zero) (?:clue|idea) (?:if|whether) (?:our |the |my )?(?:rag |support |llm |ai )?"
        r"(?:bot|chatbot|assistant|agent|llm|copilot|rag app|app|answers|responses|summaries|outputs|completions|"
        r"generations|replies|suggestions|translations)(?:'s answers)? (?:is|are) (?:\w+ )?"
        r"(?:good|right|correct|accurate|"
        r"any good)",
        r"(?:can't|cannot|don't|do not|hard to) (?:tell|know|"
        r"measure|judge|evaluate|say) (?:if|whether|how|when) (?:[\w']+ ){0,6}(?:good|better|worse|works|working|"
        r"right|"
        r"correct|accurate|quality)", r"llm quality", r"no evals?", r"prompt regressions?",
        r"vibes?[- ](?:based|check)",
        r"eyeball(?:ing)? (?:outputs|answers|responses)", r"(?:answers|outputs|responses) (?:are|is) "
        r"(?:wrong|bad|unreliable|inconsistent)", r"quality of (?:our |the )?(?:llm|chatbot|rag|answers)",
        r"(?:not|instead of|beyond|more than|rather than) vibes",
        r"how (?:do|can|would) (?:we|i|you) (?:know|tell|measure|check) (?:if|whether) (?:the |our |its )?"
        r"(?:suggestions|answers|outputs|responses|completions|summaries|generations|replies) (?:are|is) (?:any )?"
        r"(?:good|right|correct|accurate)", r"(?:no|zero) idea (?:which|if|whether) (?:\w+ ){0,4}"
        r"any good", r"(?:no|zero) idea (?:if|whether|how) (?:\w+ ){0,6}(?:better|worse|improv\w*)",
        r"(?:don't|do not|can't|cannot) (?:know|tell|measure) (?:how|if|whether) (?:accurate|good|correct) "
        r"(?:it|they|the answers) (?:is|are)", r"how (?:accurate|good|reliable) (?:it|they|the answers|the model) "
        r"(?:is|are)\W+(?:\w+\W+){0,3}(?:don't|do not) know",
        # "every prompt tweak fixes one case and breaks three", "answers got worse after the prompt change"
        # "how do I know it isn't making stuff up": a doubt, which no "not" before it denies
        r"(?:know|sure|tell|check) (?:if |whether |that )?(?:it|the (?:bot|model|llm|assistant|agent)) (?:isn't|is not|"
        r"doesn't|does not|won't|will not) mak(?:e|es|ing) (?:stuff|things|facts|answers|numbers) up",
        r"(?:every|each) prompt (?:tweak|change|edit) (?:\w+ ){0,4}breaks", r"(?:answers?|outputs?|responses?|replies) "
        r"got worse", r"(?:no|any) idea how often (?:it|the agent|the bot|the assistant|the model)",
        r"eyeball(?:ing|s)? (?:\w+ ){0,3}(?:examples|outputs|answers|responses|prompts)",
        # "zero idea about answer quality", "nobody knows which of our 14 prompt versions made it better"
        r"(?:no|zero) (?:idea|clue|visibility) (?:about |into |of |whether |if )?(?:the )?(?:answer|retrieval|output|"
        r"response)s?(?: (?:quality|is|are))?", r"(?:nobody|no one) (?:knows|can say|can tell) which (?:of )?(?:our )?"
        r"(?:\d+ )?prompts?(?: versions?)?", r"(?:doesn't|does not|don't|won't) hallucinate",
        r"evaluation is (?:me |someone |the pm |us )?(?:reading|eyeballing|checking)",
        r"answers? (?:got|get|are getting) (?:weirder|worse|strange)",
        # "we have no idea why it sometimes answers garbage", "the bot replies with nonsense" (not a wish: "evals so we
        # know if it answers nonsense")
        r"(?<!if it )(?<!whether it )(?:answers|answering|answered|responds|responding|replies|replying) "
        r"(?:with )?(?:total |utter |pure |complete )?"
        r"(?:garbage|nonsense|junk|gibberish|rubbish)",
        r"(?:tell|know|say) (?:us )?if (?:a |the )?new (?:fine-?tune|model|prompt|version) is (?:actually )?better",
        # answers nobody measures: "no way to measure how often it happens", "made-up answers", "retrieval
        # quality is all over the place", "whether last week's change helped or hurt", "what % of calls go wrong"
        r"no way to (?:measure|know|tell|track|quantify) (?:how often|whether|if|what)",
        r"made[- ]up (?:answers|facts|citations|sources|guests|names|numbers)", r"invents? (?:\w+ ){0,3}(?:who|that|"
        r"which) (?:never|don't|didn't|do not)", r"(?:retrieval|answer|output|response|summary) quality (?:is |has "
        r"been )?(?:all over the place|bad|poor|inconsistent|unknown|terrible)", r"(?:helped|improved) or (?:hurt|"
        r"made (?:it|things) worse)", r"went up or down", r"(?:no|zero) idea (?:what|how many) (?:%|percent|share|"
        r"fraction|proportion)", r"(?:what|how many) % of (?:\w+ ){0,2}(?:go|goes|went|are) wrong",
        # development corpus 47: "someone in support says it got worse, and nobody can prove it either way", "the 4-bit
        # one sometimes invents dates", "we don't know if NPCs become more stupid or not"
        r"(?:nobody|no one) can prove it either way",
        r"(?:sometimes |often |keeps? )?invents? (?:dates|facts|numbers|names|things|citations|sources)",
        r"(?:don't|do not|can't) (?:know|tell) (?:if|whether) (?:the )?(?:\w+ ){0,2}(?:becomes?|gets?|got|"
        r"are getting|is getting) (?:more )?(?:stupid|dumber|worse|better)",
        # development corpus 46: "we ship prompt changes on vibes", "every time I tweak the prompt something else
        # breaks"
        r"(?:ship|push|deploy|release)\w* (?:prompt |model )?changes on vibes",
        r"(?:tweak|change|edit)\w* the prompts?,? (?:and )?something else (?:breaks|goes wrong)",
        # development corpus 16: "we can't tell whether bad answers come from retrieval or the LLM"
        r"can't tell whether (?:the )?(?:bad |wrong )?answers come from",
        # search suite 25: "changing a prompt might quietly make outputs worse and we only find out after release"
        r"(?:quietly |silently )?make (?:the )?(?:outputs?|answers?|responses?|replies) worse",
        # development corpus 76: "nothing gets tested before a prompt change goes live", "we discover regressions
        # from user complaints", "the prompts get edited by whoever", "same question 10 times, 10 different answers"
        r"(?:nothing|no one|nobody) (?:gets |is )?test(?:s|ed)? (?:\w+ ){0,2}before (?:a |any |every |the )?"
        r"(?:prompt|model) (?:change|edit|swap|update)",
        r"(?:discover|find|learn about|hear about) (?:\w+ ){0,2}regressions? from (?:user|customer)s?",
        r"prompts? (?:get |gets |are |is )?edit(?:ed|s)? (?:in place|by whoever|by anyone|directly in prod)",
        r"edit prompts? (?:in place|directly) in prod",
        r"same (?:question|prompt|task|input) (?:\w+ ){0,4}(?:different|\d+ different) answers",
        r"different answers to the same (?:question|prompt|task|input)",
        r"can't tell noise from (?:a )?(?:real )?regression",
    ),
    Frustration.COMPUTE_ACCESS: (
        # "5 students share 8 GPUs via a Google Sheet", "quota in us-east-1 is never enough", "we burn hours hunting for
        # available A100s", "k8s yes, GPUs no", "people ssh in and check nvidia-smi to see what's free", "we stop
        # negotiating GPU time in the group chat"
        r"(?:gpus?|a100s|h100s|\d{4}s) (?:via|through|over|in|on) (?:a |the |our )?(?:google sheet|spreadsheet|"
        r"shared sheet|sheet|calendar|group chat|slack channel)",
        r"quota (?:\S+ ){0,3}(?:is )?never enough",
        r"hunt\w* for (?:available |free |spare )?(?:gpus?|a100s|h100s|capacity)",
        r"(?<=, )gpus no(?=[.!,;]|$)", r"check nvidia-smi to see (?:what's|what is|which (?:gpus? )?(?:is|are)) "
        r"(?:free|idle|available)", r"negotiat\w* (?:for )?gpu time",
        # "ML labs wait days for jobs", "researchers wait weeks for a GPU"
        r"wait(?:s|ing)? (?:for )?(?:hours|days|weeks) (?:for|on) (?:their |our |a |the )?(?:jobs?|gpus?|a gpu|"
        r"compute|nodes?|the queue)",
        # "a 6-hour training run disconnects at hour 5", "fight IT for GPUs again", "the GPU cluster is first come
        # first served"
        r"(?:training )?(?:runs?|sessions?|jobs?) (?:\w+ ){0,2}disconnect\w*",
        r"fight\w* (?:it|ops|infra|\w+) (?:again )?for (?:gpus?|compute|a gpu)",
        r"(?:gpus?|gpu cluster|cluster|a100s?|h100s?)[\w ]{0,20}(?:is|are) first[- ]come,? first[- ]served",
        # "Colab Pro keeps disconnecting my runs", "people queue for days to get a node", "waiting on the cloud team for
        # quota"
        r"keeps? disconnecting", r"queue (?:for )?(?:days|hours|weeks) to get",
        r"waiting (?:on|for) (?:\w+ ){0,3}(?:for )?(?:gpu )?quota",
        # "queue times on the A100 partition are brutal", "we coordinate who gets a GPU over Slack"
        r"queue (?:times?|waits?) (?:[\w-]+ ){0,5}(?:are |is )?(?:brutal|awful|terrible|insane|horrible|painful|"
        r"killing|crazy|ridiculous|days|long)",
        r"(?:coordinate|negotiate|fight|argue|decide|haggle)\w* (?:over |about )?who gets (?:a |the |which )?gpus?",
        # development corpus 41: "jobs wait 2 days in queue", "my group burned our share, jobs sit for days", "9
        # researchers fighting over it", "gpus that dont vanish mid run"
        r"wait\w* (?:\d+|a few|several|two|three|four|five) (?:days?|hours?|weeks?) in (?:the |a )?(?:\w+ )?queue",
        r"(?:jobs?|runs?) (?:sit|sits|sat|wait|waits|waited) (?:in (?:the |a )?queue )?for (?:days|hours|weeks)",
        # development corpus 95: "my jobs sit in the queue forever", "we wait days for jobs", "we don't own GPUs, we
        # beg for hours"
        r"(?:jobs?|runs?) (?:\w+ )?(?:sit|sits|sat|wait|waits|waited) in (?:the |a )?queue forever",
        r"wait (?:for )?(?:days|hours|weeks) for (?:our |my )?(?:jobs?|gpus?)",
        r"beg (?:for )?(?:gpu )?(?:hours|gpus|gpu time|compute)",
        r"(?:burned|burnt|used up|exhausted|blew through) (?:our|my|the) (?:fair ?share|share|allocation|gpu hours)",
        r"(?:researchers|students|people|ppl|users|folks|teams) (?:\w+ )?fight(?:s|ing)? over (?:it|them)",
        r"(?:gpus?|instances?|machines?|nodes?) (?:that )?(?:don't|won't|do not|will not) (?:vanish|disappear|die|get "
        r"preempted|get killed)",
        # development corpus 42: "the free Colab tier locked me out of GPUs", "I get the 'usage limits' message for
        # days"
        r"lock(?:s|ed)? (?:me|us) out of (?:the |any )?(?:gpus?|compute)",
        r"(?:hit|hitting|get|getting|got) (?:the |colab'?s? )?(?:'|\")?usage limits?\b",
        # "we're drowning in gpu requests", "GPU nodes are always full", "when the queue is jammed"
        r"drowning in gpu requests",
        r"gpu nodes are (?:always |constantly )?(?:full|taken|busy)",
        r"(?:the|our) queue is (?:jammed|clogged|full)",
        # "before deadlines the queue on the lab cluster is a week deep"
        r"queue (?:on|for|of) (?:the |our )?(?:[\w-]+ )?(?:cluster|gpus?|nodes?|partition|hpc) is (?:\w+ ){0,2}"
        r"(?:weeks?|days?|months?) (?:deep|long)",
        # "some teams hold A100s for days while others sit in a queue", "Colab sessions drop after a few hours", "it all
        # jams when three teams train at once", "feast or famine with GPUs", "getting 8 GPUs for two days is a fight
        # every time", "quota requests take a week"
        r"others (?:sit|wait) in (?:a|the) queue",
        # "idle Jupyter sessions hold A100s for days and everyone else waits", "idle quota sits there while other
        # teams queue", "they hoard GPUs for days", "people ping each other asking if node 3 is free", "data
        # scientists wait days on provisioning tickets"
        r"(?:everyone|everybody) else (?:waits|queues|is waiting)", r"while (?:the )?other teams (?:queue|wait)\b",
        r"hoard(?:s|ing|ed)? (?:them|the gpus?|gpus?|nodes|instances|machines|a100s|h100s) for (?:days|weeks|hours)",
        r"ask(?:s|ing)? (?:each other )?(?:if|whether) (?:node|gpu|the box|the server|the machine) ?\d* is free",
        r"wait\w* (?:days|weeks) (?:on|for) provisioning (?:tickets?|requests?)",
        r"(?:colab |notebook |kernel )?sessions? (?:keep )?(?:drop|drops|dropping|dying|die|dies|time "
        r"out|disconnect\w*) (?:after|mid|every|all the)",
        r"(?:it all|everything) jams when",
        r"feast or famine with (?:the )?gpus",
        r"(?:getting|get) (?:\d+ |enough |any )?gpus (?:\w+ ){0,4}is a (?:fight|battle|struggle)",
        r"quota requests? (?:take|takes|took) (?:a |\w+ )?(?:week|weeks|days|month)",
        # "my jobs either wait forever or land on top of theirs", "researchers who need 4 GPUs on one node wait for
        # days", "Colab Pro still drops me after about 2 hours"
        r"jobs? (?:\w+ ){0,2}wait (?:forever|for days|for hours|for weeks|days|hours)",
        # "my training gets killed after ~6h on colab", "the session keeps getting cut off every few hours"
        r"(?:training|job|run|session|notebook)s? (?:\w+ )?(?:gets?|got|keeps? getting|is|are) (?:killed|cut off|"
        r"disconnected|dropped|preempted) (?:after|every)",
        r"land on top of (?:theirs|each other|other jobs|someone else's)",
        r"(?:\d+|several|multiple) gpus (?:\w+ ){0,4}wait (?:for )?(?:days|hours|weeks)",
        r"(?:still )?(?:drops|kicks) me (?:out )?after",
        # "GPU time is a constant fight", "biggest pain is getting GPUs", "8 GPUs for everyone"
        r"gpu (?:time|access|hours|capacity) (?:is|are) (?:a |an )?(?:constant |daily |endless |never-ending )?"
        r"(?:fight|battle|struggle|war|bottleneck|problem|nightmare)",
        r"(?:pain|problem|bottleneck|issue|struggle) is (?:getting|finding|securing|booking) (?:\w+ )?"
        r"(?:gpus?|compute)",
        r"\d+ (?:gpus? )?(?:for|shared by|shared between|shared among) (?:everyone|all of us|the whole (?:team|lab|"
        r"group)|\d+ (?:people|researchers|students|of us))",
        # "the wait for an A100 is like 3 days", "people wait a week for an A100 node", "we often wait 2 days to get
        # GPUs"
        r"\bwait(?:s|ed|ing)?(?: [\w-]+){0,4} (?:for|to get) (?:an? |the |any )?(?:free )?(?:gpus?|a100s?|h100s?|gpu "
        r"nodes?|a100 nodes?|h100 nodes?)\b",
        r"\bthe wait for (?:an? |the )?(?:gpus?|a100s?|h100s?|gpu nodes?)\b",
        # "every GPU is busy", "stomping on each other's jobs", "1 GPU in my advisor's machine and 3 other students want
        # it", "how do you people share GPUs"
        r"(?:every|each|all (?:the |our )?) ?gpus? (?:is|are) (?:always |constantly )?(?:busy|taken|booked|in use)",
        r"(?:stomp|step|trampl)\w* on each other'?s? (?:jobs|runs|gpus?|work)",
        r"gpus? (?:[\w']+ ){0,5}and (?:\d+|two|three|four|five|six|seven|eight) (?:other )?"
        r"(?:students|people|researchers|users|teams) (?:all )?want (?:it|them|one)",
        r"how do (?:you|people|teams|small teams|others)(?: people)? share (?:\w+ ){0,2}gpus?",
        # "we get maybe 5% of the a100 time", "3 days in the queue"
        r"\d+% of the (?:\w+ )?(?:gpu|a100|h100) time", r"days? in the queue",
        # "jobs pending for 2 days", "we wait days for the shared cluster", "4 gpus shared by 11 people", "colab
        # disconnects after a couple hours"
        r"(?:jobs?|runs?) (?:\w+ )?(?:pending|queued|waiting) (?:for )?(?:\d+|a few|several|two|three) (?:days|hours)",
        r"wait (?:days|hours|weeks) for (?:the |a |our )?(?:shared )?(?:cluster|gpus?|nodes?)",
        r"gpus? shared (?:by|between|among) (?:\d+|\w+) (?:people|researchers|students|users)", r"disconnects? after",
        r"wait\w* (?:\d+|days|hours|weeks) (?:in the |in a )?queue",
        # a cluster queue of days, an allocation that runs dry, teams hogging nodes, spot instances that
        # vanish, "the problem is simply compute", training on whichever laptop is free
        r"(?:gpus?|cluster|slurm\)?|nodes?|jobs?) (?:[\w()]+ ){0,4}(?:a |the )?queue (?:is |of )?(?:like |"
        r"about |around |~)?(?:\d+|a few|several|two|three|four|five) (?:days|weeks)",
        r"(?<!lfs )(?<!storage )(?<!disk )(?:allocation|quota|credits|gpu hours|gpu budget) (?:\w+ )?(?:runs?|"
        r"ran|running) (?:dry|out)",
        r"hog\w* (?:the )?(?:\w+ )?(?:nodes|gpus?|cluster|machines?)",
        r"(?:spot|preemptible) (?:instances|nodes|gpus|vms) (?:\w+ ){0,3}(?:vanish|disappear|get preempted|"
        r"get killed|die)\w*",
        r"(?:problem|bottleneck|issue) is (?:simply |just |mostly )?(?:compute|gpus?)\b",
        r"needs? more than (?:our|my|a|one) (?:single |one )?(?:\d{4}|gpus?|a100|h100|card)",
        r"whichever (?:gpu )?(?:laptop|box|machine|workstation|server) (?:happens to be|is) (?:free|idle|"
        r"available)",
        # quotas, queues, fights and vanishing machines: "the GPU quota on our project is the real problem", "quota
        # request has been under review for two weeks", "queue wait is 1-2 days", "jobs sit pending for 2-3 days",
        # "the 5 of us fight over them", "people overwrite each other's processes", "instances vanish mid-run",
        # "GPUs: no", "zero GPUs"
        r"quota\w* (?:\w+ ){0,6}(?:under review|takes? (?:forever|weeks|ages)|(?:is |are )?never enough|"
        r"is the (?:real )?problem|too low)", r"quota of (?:0|zero)",
        r"queue (?:wait|waits|times?) (?:is|are|of) (?:\d|a|one|two|three|several|days)",
        r"(?:jobs?|runs?) (?:sit|sits|sat|are|is|stay|stays) (?:pending|queued|in the queue) (?:for )?(?:\d|a|one|two|"
        r"three|several|days|hours)",
        r"(?:fight|fights|fighting) over (?:the |our )?(?:gpus?|them|cards|nodes|machines?|boxes|servers?)",
        r"(?:overwrite|kill|killing|kills) (?:each other's|other people's|others') (?:processes|jobs|runs)",
        r"(?:instances?|machines?|vms?|nodes?|boxes) (?:\w+ ){0,2}(?:vanish|vanishes|disappear|disappears|die|dies|get "
        r"reclaimed|gets reclaimed) (?:mid-run|mid run|during|in the middle)",
        r"gpus?: no\b", r"(?:zero|no) gpus (?:at all|whatsoever)",
        # "jobs sit in the queue for a day before they start", "asked IT for a GPU VM on Monday"
        r"(?:jobs?|experiments?|runs?) (?:\w+ ){0,3}sits? in (?:the |a )?(?:[\w-]+ )?queue (?:for|until) \w+",
        r"asked (?:it|infra|ops|the infra team|our infra team|devops) for (?:a |an )?gpu",
        # "a way for researchers to launch multi-GPU training jobs", "GPU quota is 4 T4s and raising it takes weeks",
        # "can't justify reserved GPUs", "every analyst wants a GPU notebook"
        r"launch (?:\w+ ){0,2}multi-?gpu (?:training )?jobs",
        r"gpu quota (?:\w+ ){0,6}(?:takes|is only|is just|is \d|of \d)", r"can't justify (?:reserv\w*|renting|buying) "
        r"(?:\w+ )?(?:gpus|instances|capacity)", r"(?:every|each) (?:analyst|researcher|student|ds) wants a gpu",
        # "we sit for days in the shared queue", "AWS keeps refusing our quota request", "a two week waitlist", "people
        # squat on GPUs", "can't get a single card", "we hit stockouts", "we fight over it via a google sheet"
        r"(?:sit|wait|waiting|sat) for (?:days|weeks) in the (?:shared )?queue",
        r"refus\w* our (?:\S+ )?quota",
        r"(?:\w+[- ])?weeks? waitlist",
        r"squat(?:s|ting)? on (?:the )?gpus",
        r"(?:can't|cannot) get a single (?:card|gpu)",
        r"(?:hit|hitting) stock-?outs",
        r"fight over (?:it|the box|the gpus?|gpu time)",
        r"wait (?:about )?(?:a|one|two|\d+) weeks? for (?:it|ops|infra|the infra team) to",
        # "jobs collide constantly: somebody's run grabs all the memory", "notebooks time out mid-training"
        r"jobs (?:constantly |always |keep )?collid\w*",
        r"(?:runs?|jobs?) (?:grabs?|hogs?|takes?) all the (?:gpu |gpus |vram |memory)",
        r"times? out mid-?(?:training|run|epoch)",
        # the card fought over or queued for: "fighting over that card", "waiting for 8 A100s", "GPU quota request
        # has been 'pending'", "a whiteboard schedule for who gets it"
        r"(?:fight\w*|wait\w*|queu\w*) (?:\w+ ){0,4}(?:over|for) (?:(?:that|this|the|our|one|a|\d+|two|four|eight|"
        r"only|single|same) ){0,2}(?:a100s?|h100s?|cards?|gpu)\b",
        r"quota [\w' ]{0,40}(?:pending|denied|rejected|under review)",
        r"(?:schedule|rota|calendar|spreadsheet|sign-?up sheet) for who gets (?:it|the gpu|them|the box)",
        # "stepping on each other's jobs", "won't approve cloud spend", "spot instances keep getting reclaimed", "a
        # ticket for a GPU VM", "sharing two A100s through a google sheet", "get GPUs without DMing me", "waiting 3
        # days in the slurm queue", "GPU jobs sit in the queue for days"
        r"stepping on each other'?s? (?:jobs|gpus|toes|runs)",
        r"(?:won't|will not|doesn't|does not|didn't) approve (?:\w+ ){0,2}(?:cloud|gpu|compute) (?:spend|budget|"
        r"instances?|requests?)",
        r"(?:spot|preemptible) (?:instances?|vms?|nodes?|gpus?) (?:keep )?(?:getting |get )?(?:reclaimed|preempted|"
        r"killed|evicted)",
        r"ticket (?:to (?:it|infra|ops|the infra team) )?(?:for|to get) (?:a |an )?(?:gpu|container|vm|machine|node)",
        r"sharing (?:\w+ ){0,2}(?:gpus?|a100s?|h100s?|cards?) (?:through|via|with|using|on) (?:a )?(?:google sheet|"
        r"spreadsheet|calendar|slack)", r"(?:get|getting) gpus without",
        r"(?:sit|sits|sitting|stuck|wait\w*) (?:\w+ ){0,2}in (?:the|a) (?:\w+ )?queue for (?:days|hours|weeks|\d+)",
        r"wait\w* (?:\d+|a few|several|two|three|four|five) (?:days|hours|weeks) (?:in|for) (?:the|a) (?:\w+ )?queue",
        # "one GPU shared with 6 other ppl", "a single A100 split between the whole lab"
        r"(?:one|a single|1|only one) (?:gpu|a100|h100|card)s? (?:box |server |machine )?(?:is )?(?:shared|split) "
        r"(?:with|between|among|by)",
        # GPUs fought over, shared thin or waited for: "30 researchers fighting over 16 GPUs", "sharing ONE gpu box",
        # "our GPU quota request has been pending for weeks"
        r"(?:fight\w*|compet\w*|queu\w*|wait\w*) (?:over|for|on) (?:[\w-]+ ){0,3}"
        r"(?:gpus?|gpu (?:box|boxes|machines?|servers?)|compute)",
        r"shar\w* (?:one|a single|1|two|2|the same|a) (?:gpu|gpu box|gpu machine|gpu server|box|machine)",
        r"(?:gpu )?quota (?:\w+ ){0,5}(?:pending|denied|rejected|stuck|waiting)",
        # "few GPUs" is a shortage; "a few A100s" is some
        r"hard to get gpus / compute", r"(?:not enough|no|(?<!\ba )few|scarce|expensive|limited|lack of|short on|"
        r"waiting for|queue(?:ing)? for|fight(?:ing)? (?:over|for)) (?:gpus?|compute|gpu time|cluster time|a100s|"
        r"h100s)",
        r"gpus? (?:\w+ ){0,2}(?:scarce|expensive|hard|shortage|bottleneck|limited|never available)",
        r"(?:can't|cannot|never|rarely|don't|do not|barely) get (?:\w+ )?(?:gpus?|compute)",
        r"compute (?:is )?(?:a bottleneck|expensive|scarce|limited)",
        r"training (?:is|takes) (?:too )?(?:slow|long|forever)", r"gpu (?:shortage|access|queue)",
        r"(?:begging|asking|begs|asks|fighting|fights|queu(?:e|ing)|waiting|competing) (?:\w+ ){0,2}(?:for|over) "
        r"(?:more )?(?:gpus?|gpu time|compute)", r"whichever (?:box|machine|gpu|server|workstation) is free",
        r"(?:take|takes) (?:forever|ages|days|too long) to train", r"it (?:just |always |keeps )?disconnect\w*",
        # said in a hurry or in a second language: "google colab always disconnect", "runtime keep disconnect",
        # "disconnected in middle of model training", "connection to a100 lost in middle of training"
        r"(?:always|keeps?|constantly|often) disconnect\w*", r"runtimes? (?:\w+ ){0,2}disconnect\w*",
        r"disconnect\w* (?:in |at )?(?:the )?middle of (?:\w+ ){0,2}training",
        r"connection to (?:the |my )?(?:gpus?|a100s?|h100s?|v100s?|t4s?|runtime|backend)\w* (?:is |was |got )?lost",
        r"(?:can't|cannot|never|rarely|barely) get "
        r"(?:\w+ ){0,2}(?:gpus?|compute)", r"(?:colab|session|notebook|kernel)\w* (?:\w+ ){0,2}disconnect\w*",
        r"gpus? (?:[\w']+ ){0,4}(?:always|constantly) (?:full|busy|taken|occupied)", r"gpus? fairly",
        r"wait\w* (?:\w+ ){0,2}(?:days|hours|weeks) (?:for|on) (?:a |the |an )?(?:\w+ )?(?:gpus?|nodes?|compute|mach"
        r"ines?|"
        r"a100s|h100s)",
        r"waiting in (?:the |a )?(?:gpu |slurm |job )?queue", r"waits? (?:on|for) (?:\w+ ){0,3}quotas?",
        # "the queue is days long", "the slurm queue takes a week"
        r"(?<!label )(?<!labeling )(?<!labelling )(?<!annotation )(?<!review )"
        r"(?:gpu |slurm |job |cluster )?queue (?:is|takes|runs) (?:\w+ ){0,2}(?:days|weeks|hours) ?(?:long)?",
        # "quota fights every week", "the GPUs queue for days", "a spreadsheet to book it", "babysitting GPUs"
        r"quota (?:fights?|battles?|wars?)", r"(?:fight\w*|battl\w*) over (?:the |our )?(?:gpu |aws |cloud )?quotas?",
        r"gpus? (?:\w+ ){0,2}queue\w* (?:for )?(?:days|hours|weeks|ages|forever)",
        r"(?:spreadsheet|calendar|sheet|doc|whiteboard) to (?:book|reserve|schedule|share) (?:it|them|the (?:gpus?|box|"
        r"server|dgx))", r"babysit\w* (?:the |our )?gpus?", r"(?:handle|manage|managing|handling|do|does) gpu sharing",
        r"gpu (?:fights?|wars?|battles?|squabbles?|contention)",
        r"fight\w* over (?:the |our )?(?:h100s|a100s|gpus|cards)",
        r"gpu[\w -]{0,25}(?:is|are) a free-for-all", r"(?:gpus?|cards|nodes) [\w ]{0,25}(?:is|are) a lottery",
        r"want gpus[\w ]{0,20} (?:but|and) (?:we|i) (?:only )?have (?:only )?(?:\d+|none|few|a few)",
        r"(?:everybody|everyone|all (?:\w+ )?of us|we all|people) (?:\w+ )?fights? over", r"gpu availability",
        r"gpu quota (?:\w+ ){0,5}(?:problem|issue|bottleneck|blocker)", r"where are my gpus",
        r"queue times? (?:are|is) (?:\w+ )?(?:insane|huge|terrible|long|awful|brutal|crazy)",
        # "I wait days for it", "they wait on me every time they need a GPU", "weeks of waiting"
        r"wait (?:days|weeks|hours) for (?:it|a gpu|gpus|the gpus?|a slot)", r"wait(?:s|ing)? on (?:me|us|ops|it) "
        r"(?:every time|whenever) (?:they|we|i) need (?:a )?gpus?", r"(?:weeks|months) of waiting",
        r"gpu (?:availability|quotas?|access|capacity) is (?:the )?(?:real |actual |main )?(?:problem|issue|"
        r"bottleneck)", r"(?:money|budget) isn't the issue, gpu", r"(?:can't|cannot) get (?:gpu )?(?:access|time|"
        r"a slot)", r"until you count heads",
        # compute behind a queue or a form: "queue behind the real training runs for a day", "every cloud quota
        # request takes weeks", "jobs wait days to start", "IT takes 3 months to approve cloud GPUs"
        r"queues? behind", r"quota requests? (?:\w+ ){0,2}takes? (?:days|weeks|months|ages|forever)",
        r"(?:jobs|runs) (?:\w+ )?wait (?:for )?(?:days|hours|weeks) (?:to start|in (?:the )?queue)",
        r"takes? (?:\w+ ){0,3}to approve (?:\w+ ){0,2}(?:gpus?|compute|instances|quota)",
        r"(?:partition|gpu|slurm|job) queue (?:is|are) (?:routinely |usually |often )?(?:\d+|days|weeks)",
        # development corpus 46: "someone always hogs the 4090 box and the rest of us wait", "14 DS fighting over a
        # node pool with 6 L4s", "the queue is always full", "getting a GPU node pool takes weeks of tickets"
        r"hogs? the (?:\w+ )?(?:box|gpus?|server|machine|node|cluster|card)",
        r"fighting over (?:a |the )?(?:\w+ )?(?:node pool|boxes|machines|nodes|cards?)",
        r"(?:the )?queue is always (?:full|long|packed|jammed)",
        r"(?:getting|get) (?:a |more )?gpu (?:node pool|nodes?|quota|machines?) (?:[\w-]+ ){0,5}takes (?:weeks|months|"
        r"ages|forever)",
        # development corpus 42: "the box is shared over SSH and whoever starts a job first wins"
        r"whoever starts (?:a |the |their )?(?:job|run|training) first wins",
        # development corpus 76: "people wait days for capacity", "training jobs have been queuing for weeks", "can
        # only run 2 GPU jobs at a time", "we wait in the credit queue", "anything outside our allocation just waits"
        r"wait\w* (?:\w+ ){0,2}(?:hours|days|weeks) for (?:gpu |any )?capacity",
        r"(?:jobs?|runs?) (?:have been |are |keep )?queu(?:e|ing)\w* for (?:hours|days|weeks)",
        r"only run (?:\d+|one|two|three|four) gpu jobs? at a time",
        r"wait in the (?:gpu|slurm|job|credit|scheduler|cluster|partition) queue",
        r"outside (?:of )?(?:our|the) (?:\w+ ){0,2}allocation (?:just )?waits",
    ),
    Frustration.TOO_MANY_TOOLS: (
        # development corpus 78: "we have 6 different ways of tracking experiments", "none of our tools do, and there
        # are way too many of them"
        r"(?:\d+|two|three|four|five|six|seven|eight|several|many|a dozen) different ways (?:of|to) (?:track|deploy|"
        r"serv|log|version|run|schedul|orchestrat|monitor)\w*",
        r"tools?\b[^.;!?]{0,40}(?:way |far )?too many of them",
        # "we're drowning in logins"
        r"drowning in (?:logins|tools|dashboards|subscriptions)",
        # "every new hire takes a month to learn the stack"
        r"takes? (?:\w+ ){0,2}(?:weeks?|months?) to learn (?:the|our) stack",
        # "I'd happily trade this for fewer tools", "every incident means checking five places"
        r"(?:trade|swap) (?:\w+ ){0,3}for fewer tools",
        # "not another tool lol, we have 7", "we layered about 8 technologies on a simple workflow"
        r"not (?:yet )?another tool\b", r"(?:layered|stacked|bolted|glued) (?:on )?(?:about |like |some |around )?"
        r"(?:\d+|five|six|seven|eight|nine|ten|a dozen) (?:different )?(?:technologies|tools|services|systems|"
        r"frameworks)",
        r"checking (?:five|four|six|seven|\d+|several|multiple|many) (?:different )?(?:places|tools|dashboards|uis)",
        # "each team picked a different tracing thing", "~50 models, each deployed differently (flask, fastapi, R)",
        # "each was chosen by a different person" (not "every team deploys differently": a hand-off without a
        # standard path)
        r"each (?:team|squad|group|project) (?:picked|chose|uses|has) (?:a )?different",
        r"each (?:one )?(?:is )?deployed differently",
        r"each (?:was |one was )?chosen by a different (?:person|team)",
        # "feels like tool bloat", "i can't maintain 8 tools", "everyone does it their own way", "juggling keys + sdks +
        # billing dashboards", "so we can drop three of these"
        r"tool bloat", r"(?:can't|cannot) maintain (?:\d+|so many|all these) tools",
        r"everyone does it (?:their|his|her) own way", r"juggling (?:\w+ ){0,4}(?:dashboards|sdks|tools|vendors)",
        r"drop (?:two|three|some|half) of (?:these|them)",
        # the count of tools as a burden: "too many half-maintained tools", "we already juggle seven tools",
        # "pls no more tools", "nine things to upgrade", "orphaned tools nobody owns", "each squad has its own
        # side tools", "something that replaces 3-4 of these", "we pay for far too many overlapping data and ML tools"
        r"too many (?:[\w/-]+ ){0,4}tools(?: already)?",
        r"juggl\w* (?:\w+ ){0,3}(?:tools|services|systems|\d+|five|six|seven|eight|nine|ten)\b",
        r"no more tools",
        r"replaces? (?:\d+(?:-\d+)?|two|three|four|several|some|most) of (?:these|them|those)",
        r"(?:\w+ )?things to (?:upgrade|maintain|patch)",
        r"orphaned tools",
        r"(?:its|their) own (?:side )?tools",
        # tools glued together, or one per team: "we stop gluing five things together", "wiring MLflow to Airflow to
        # Feast", "instead of 4 different UIs", "every DS group picked its own stuff", "4 half-adopted tools", "the
        # glue is the product"
        r"(?:wiring|gluing) [\w&.-]+ to [\w&.-]+ to", r"(?:stop|spent|spend|spending) (?:\w+ ){0,4}(?:gluing|"
        r"stitching|wiring) (?:\w+ ){0,3}together",
        r"instead of (?:\d+|two|three|four|five|six) (?:different |separate )?(?:uis|tools|dashboards|places|apps)",
        r"(?:every|each) (?:[\w-]+ ){0,2}(?:team|group|squad|hire|person) (?:\w+ ){0,2}(?:picked|chose|brings|brought) "
        r"(?:its|their|his|her) (?:own|favou?rite)",
        r"half[- ]adopted tools", r"which one is (?:the )?canonical", r"(?:the )?glue is the product",
        # "each squad picked its own tracker", "4 squads, 4 answers"
        r"each (?:squad|team|group) (?:has |had )?(?:picked|chose|uses|built|runs|has) (?:its|their) own",
        r"(?:\d+|two|three|four|five|six) (?:squads|teams|groups), (?:\d+|two|three|four|five|six) (?:answers|trackers|"
        r"stacks|ways|tools)",
        # "accounts on and training for 8 different systems", "how to make X talk to Y", "drowning in integrations",
        # "every squad has its own way to build and deploy", "every team picked their own orchestrator"
        r"(?:\d+|" + _WORD_NUMBER + r") different (?:systems|tools|services|platforms)",
        r"how to make (?:\w+ ) talk to", r"drowning in (?:integrations|tools|glue)",
        r"every (?:squad|team|group) (?:has|picked|uses|built|chose) (?:its|their) own",
        # "between Kubeflow, Argo and people's own scripts there are now three ways to run a pipeline"
        r"(?:two|three|four|five|\d) ways to (?:run|do|deploy|train|schedule)",
        # "paying for three separate eval SaaS tools", "each of them uses a different tracker", "more time keeping them
        # alive than modeling", "different scripts per provider", "gluing" (not "results are all over the place": of
        # four development writers, three read it as results that cannot be reproduced, not as too many tools)
        r"(?:paying for|juggling) (?:three|four|five|six|3|4|5|6|several|multiple|too many) (?:separate |different"
        r" )?(?:[\w/-]+ ){0,2}(?:tools|saas|services|products|platforms|subscriptions)",
        r"each (?:of them|one|person|engineer|scientist|team) uses a different (?:[\w-]+ )?(?:tool|tracker|"
        r"orchestrator|platform|stack)",
        r"(?:more time|most of (?:our|their|my) time) keeping (?:them|it|the tools|everything|all of it) (?:alive|"
        r"running|up)",
        r"different scripts per (?:provider|cloud|team|project)",
        r"keep(?:ing)? gluing", r"stitch(?:ing)? (?:together )?(?:\d+|six|five|four|several|many|multiple) tools",
        # "every tool we add = another login and another invoice"
        r"another (?:login|invoice|vendor|bill) and another",
        # many logins, bills or overlapping picks: "11 tools, 11 logins, 11 invoices", "three teams each picked one"
        r"(?:\d+|too many|so many|many|several|" + _WORD_NUMBER + r") (?:logins|invoices|bills|subscriptions|vendors)",
        r"(?:teams?|groups?|squads?) (?:\w+ )?each (?:picked|chose|use|uses|bought|have) (?:one|their own|a different)",
        r"(?:cut|pare|trim|slim) (?:this|it|them|the stack|our stack|things) down",
        r"tool sprawl", r"(?:total|complete|massive|huge|a lot of|so much) (?:tool(?:ing)? )?sprawl",
        # "each using different tools", "every team uses its own tools"
        r"(?:each|every (?:team|bu|group|squad)) (?:using|uses|with|picks|picked|has|have) (?:different|its own|their "
        r"own) (?:tools|stacks?|trackers|orchestrators)",
        # "total tool bingo", "three places to look for one answer", "5 ppl, 3 experiment trackers, 2 orchestrators",
        # "writing glue between …", "and three of us to keep it alive", "every ML team picked its own stack"
        r"tool bingo", r"(?:two|three|four|five|\d+) places to look",
        r"(?:[2-9]|two|three|four|five|six) (?:experiment trackers|trackers|orchestrators|registries|feature stores|"
        r"mlflow servers)", r"writing glue",
        r"(?:and|with) (?:only |just )?(?:two|three|four|\d+) of us to (?:keep it alive|maintain it|run it all)",
        r"every (?:\w+ )?team (?:picked|chose|built|has) its own",
        # "30 MLEs, 4 different trackers", "two of everything" is read elsewhere
        r"(?:\d+|several|multiple|" + _WORD_NUMBER + r") different (?:trackers|tools|orchestrators|platforms|"
        r"registries|notebook tools|serving stacks|stacks)", r"consolidat\w*", r"too many (?:dashboards|platforms|"
        r"vendors|services|things)", r"fragment\w*", r"duct[- ]tape", r"glue code", r"tool fatigue",
        r"(?:patchwork|zoo|mess) of tools", r"patchwork",
        r"half (?:\w+ ){0,3}(?:swear by|use|uses|prefer|prefers|are on|is on) [\w&.-]+,? (?:and )?(?:the other )?hal"
        r"f", r"tools don't talk to each other",
        r"more tools than (?:people|engineers|users)", r"(?:done|tired of|sick of) (?:\w+ )?(?:stitching|gluing)",
        r"stitch(?:ing)? (?:\w+ ){0,3}together", r"(?:every|each) (?:team|squad|group) (?:\w+ )?(?:uses|picked|has|"
        r"chose|runs) (?:its|their) own (?:tools|stack|set)", r"(?:every|each) (?:team|squad|group) (?:uses|has) a "
        r"different (?:set of )?(?:tools|stack)",
        r"(?:\d+|" + _WORD_NUMBER + r") different (?:tools|uis|dashboards|logins|places)",
        r"one (?:team )?uses \w+,? (?:and )?(?:one|another|the other) uses", r"(?:its|their) own (?:login|bill)",
        r"drowning in (?:tools|vendors|dashboards|platforms)",
        r"each with (?:its|their) own (?:\w+ )?(?:tools?|trackers?|stacks?|platforms?)",
        r"(?:\d+|" + _WORD_NUMBER + r") people and (?:\d+|" + _WORD_NUMBER + r") (?:orchestrators|tools|trackers|p"
                                                                             r"latforms)",
        r"tools that (?:all )?do the same (?:job|thing)", r"fewer moving parts",
        r"(?:figuring out|find|finding) where (?:a |the )?(?:thing|things|stuff|anything) (?:lives?|is)",
        r"(?:every|each) (?:bu|business unit|department|division) (?:\w+ )?(?:built|uses|picked|has|chose|runs) "
        r"(?:its|their) own",
        r"(?:\d+|two|three|four|five|six|seven) different ways to (?:deploy|track|serve|monitor|ship)",
        r"switching between (?:\d+|two|three|four|five|six|several|many) (?:\w+ )?(?:dashboards|tools|uis|consoles)",
        # counting tools: "a lot of tools for one team", "cut our tool count in half", "half of them overlap"
        # ("fewer vendors" alone is a wish for one platform: scope, not a pain)
        r"(?:a lot of|lots of|loads of|tons of) tools", r"tool count", r"(?:half|most|many) of them overlap",
        # "too many moving parts", "more tools is worse than no tools", "a pile of half-used tools nobody can keep
        # straight", "standardize on one tracker" (many in use, one wanted)
        r"too many (?:moving )?(?:parts|pieces)", r"more tools (?:is|are) worse",
        r"(?:pile|heap|graveyard|zoo) of (?:[\w-]+ ){0,2}tools",
        r"(?:nobody|no one) can keep (?:\w+ ){0,2}straight", r"standardi[sz]e on (?:one|a single)",
        # development corpus 38: "3 engineers maintaining infra instead of improving the model"
        r"maintaining (?:the )?infra(?:structure)? instead of (?:improving|working on|building) (?:the )?models?",
        # development corpus 76: "nobody remembers why we have both trackers", "a tool for every box", "one model
        # deploy here touches Terraform, Helm, Argo CD ..."
        r"(?:have|run|pay for) both (?:trackers|orchestrators|registries|schedulers|feature stores)",
        r"a tool for every box", r"(?:one|a single|every|each) (?:model )?deploy(?:ment)? (?:here )?touches",
    ),
}
#: Words that make a topic a complaint: "monitoring is a mess", "no way to reproduce".
PAIN = re.compile(
    r"(?<![a-z])(?:pain|hurts?|problem|issue|struggl\w*|can't|cannot|hard|slow|stuck|bottleneck|nobody|no one|"
    r"fail\w*|broke\w*|mess\w*|never|don't know|nightmare|annoying|frustrat\w*|takes forever|forever|ages|"
    r"difficult|impossible|lack|missing|lost|terrible|awful|bad|worst|sucks|blocker|headache|nonexistent|"
    r"non-existent|lacking|poor|weak|killing|unreliable|flaky|chaos|chaotic|concern|worr\w*|tedious|manual|"
    r"time-consuming|expensive|costly|scarce|slow|slower|painful|a pain|broken|messy|clunky|ad hoc|ad-hoc|"
    r"all over the place|scattered|untracked|nowhere)(?![a-z])"
)
#: Pain words that are not that pain: deploying by hand is how far along a team is, not a slow handoff.
NOT_A_PAIN_OF: dict[Frustration, tuple[str, ...]] = {Frustration.SLOW_HANDOFF: ("manual",)}
#: Words that say a topic is fine: "monitoring is fine", "no problem with labeling".
FINE = re.compile(r"(?:(?:and|&|\+) [\w-]+ )?(?:is|are) (?:already )?(?:fine|ok|okay|solved|sorted|handled|covered|"
                  r"taken care of|not a problem|not an issue)|"
                  # "tracing we already have through Langfuse", "tracing we've got covered", "evals can wait a quarter"
                  r"(?:we|i) (?:already )?(?:have|'ve got|have got|got) (?:it |that |them )?(?:covered|sorted|handled|"
                  r"already)?(?:\s|$)|(?:we|i) already (?:have|use|run|got)\b|can wait\b|"
                  # "serving maybe later", "monitoring later, maybe": put off
                  r"(?:maybe|perhaps|possibly|probably) later\b|later,? (?:maybe|perhaps)\b|"
                  r"no (?:problem|issues?) with|not (?:a |an )?(?:problem|issue)|under control|"
                  # a way of working chosen, not suffered: "we retrain by hand once a year on purpose"
                  r"(?<![a-z])(?:on purpose|deliberately|intentionally|by design|by choice)(?![a-z])")

# -- needs: lifecycle stages ------------------------------------------------------------------------

#: Where a thing is made again and again: "everywhere", "for every model", "in two different places".
OVER_AND_OVER = (r"(?:everywhere|for (?:every|each) (?:model|project|team|use case)|in (?:two |2 |three |3 |four |4 |"
                  r"five |5 |several |multiple |many )?(?:different |separate )?places|again and again|twice|"
                  r"two times)")
#: A spreadsheet, a doc or a wiki page: where a job is done by hand when no tool does it.
SHEET = r"(?:google sheets?|spreadsheets?|sheets?|excel(?: files?| sheets?)?|notion(?: pages?)?|google docs?|csvs?)"

#: Auditors, regulators or model risk asking something of the models: a governance job, said as wanted.
AUDITORS_ASK = (r"(?:auditors?|regulators?|examiners?|(?:internal |external )?audit|model risk(?: management)?) "
                r"(?:team |people |folks )?(?:now |also |then |just |keep |always |each |every \w+ )*"
                r"(?:want(?:s|ed)?|ask(?:s|ing)?|require[sd]?|demand(?:s|ed)?|expect(?:s|ed)?|hate us|show up|"
                r"are on us)(?![a-z])(?! (?:\w+ ){0,4}(?:on[- ]?prem\w*|self[- ]?host\w*|(?:to )?stay|residency|"
                r"in the eu|in-country))")
#: What says a thing is in a bad way: "… is chaos", "… has been a total mess".
IS_A_MESS = r"(?:is|are|has been) (?:a |an |such a |total |pure |complete |a total |an absolute )?(?:chaos|mess|" \
    r"nightmare|pain|disaster)"
STAGE: dict[Stage, tuple[str, ...]] = {
    Stage.DATA_LABELING: (
        # "need to label a lot more ball frames", "cheapest way to label ~20k chat lines"
        r"label (?:a lot (?:more )?|lots (?:more )?|many |more |thousands of |hundreds of |~?\d+k? )(?:[\w-]+ ){0,3}"
        r"(?:frames|images|clips|lines|messages|examples|samples|photos|videos|texts|documents|recordings|utterances)",
        # whatever is labelled, said with what the labels are for: "label a few thousand customer service requests
        # (leak, billing, sewer backup) so we can train a classifier to route them"
        r"label (?:a few |a couple of |some |several |thousands of |hundreds of |a (?:few )?(?:thousand|hundred) |"
        r"~?\d[\d,]*k? )[^.;!?]{0,80}?(?:so (?:that )?(?:we|i) can|in order to|to) (?:train|fine-?tune|build)\b",
        # "need multi-annotator support", "agreement between annotators", "a better review workflow" for labels
        r"multi-?annotator", r"(?:inter-?annotator )?agreement between annotators",
        # "a way to relabel cheaply"
        r"re-?label(?:l?ing|l?ed)?(?![a-z])",
        # "need to get ~50k frames labeled"
        r"get (?:[\w~,.+-]+ ){0,4}(?:labell?ed|annotated)(?![a-z])",
        # "a tool to review and fix labels", "review and correct a sample of conversations every week"
        r"(?:review|fix|correct|clean) (?:and (?:fix|correct|clean) )?(?:the |our )?labels",
        r"review and correct (?:a sample of )?(?:the )?(?:conversations|answers|outputs|transcripts)",
        # "split work across 4-5 annotators and check agreement"
        r"split (?:the )?(?:work|labell?ing|annotation) (?:across|between|among) (?:\d+(?:-\d+)? )?(?:annotators|"
        r"labell?ers|people|reviewers)", r"check(?:ing)? (?:annotator )?agreement",
        # "we need labels", "inter-annotator agreement and a way to adjudicate", "a tool where annotators rate outputs",
        # "labeling is step one"
        r"inter-?annotator agreement", r"adjudicat\w+", r"(?:annotators|reviewers|labell?ers) per (?:item|sample|task)",
        r"agreement scores?", r"annotators? (?:can )?rate", r"labell?ing is step one",
        r"(?:we )?need labels\b",
        # "relabel a few thousand fast", "tooling that makes annotation faster", "model-assisted labeling for audio"
        r"re-?label (?:a few )?(?:\w+ )?(?:thousand|hundred)", r"(?:makes?|make) (?:annotation|labell?ing) faster",
        r"model-assisted (?:labell?ing|annotation)",
        r"active learning (?:loops?|tool\w*|setups?)",
        r"(?:label|annotate) (?:~?[\d.,]+k? )?(?:\w+ ){0,2}(?:responses|images|frames|texts|documents|sentences|"
        r"recordings|tickets|samples|videos|clips|scans|transcripts|utterances)",
        # "we need label corrections by 20 annotators"
        r"label (?:corrections|fixes|reviews?|quality checks?)",
        r"data label(?:l)?ing", r"label(?:l)?ing(?: tools?| data| platform)?", r"label(?:l)?ers?",
                          r"annotat(?:e|ion|ions|ing)(?: tools?)?", r"label (?:our |the )?data",
                          r"label (?:[~\w']+ ){0,3}(?:emails|images|texts?|documents|clips|samples|tickets|records)",
                          r"labels? (?:audio|speech|recordings|calls|video|frames|images)",
                          r"draw(?:ing)? (?:bounding )?boxes", r"pre-?label\w*", r"weak supervision",
                          # "draw polygons around crop patches", "drawing segmentation masks on every frame"
                          r"draw(?:ing)? (?:[\w-]+ ){0,2}?(?:polygons|masks|outlines) (?:around|on|over|for)\b",
                          # "need bounding boxes on ~20k images"
                          r"bounding[- ]box(?:es)? (?:on|for|around)(?= )",
                          r"bounding[- ]box (?:annotation|labell?ing)",
                          r"review (?:the |our )?labels",
                          # "a web app to tag the sentiment of thousands of customer reviews"
                          r"tag(?:ging)? (?:the )?(?:sentiment|intent|topics?|entities|emotions?) (?:of|in|for)",
                          r"tag(?:ging)? (?:thousands of |hundreds of |our |the |all the )?(?:images|photos|texts|"
                          r"reviews|documents|tickets|emails|utterances|audio clips)"),
    Stage.DATA_VERSIONING: (
        # development corpus 99: "want versioning without duplicating everything"
        r"versioning without (?:duplicat\w*|copying)",
        # development corpora 63-108: "rosbags, tens of TB, on a NAS. We need to version them", "somewhere to store
        # labeled form videos and version them" (what is versioned, said before it, is the data in every one of them)
        r"(?:need|want|have) to version them(?![\w-])",
        r"(?:store|keep|collect|save|put) (?:[\w/'-]+ ){0,4}(?:videos|images|photos|clips|recordings|datasets?|files|"
        r"data|scans|annotations|labels|rosbags)(?: [\w/-]+){0,3} and version them(?![\w-])",
        # development corpus 95: "how are people versioning the curated subsets they actually train on?"
        r"version(?:ing)? (?:the |our )?(?:curated|training) (?:subsets?|sets?|splits?)",
        # development corpus 92: "which export went into which training run is anyone's guess"
        r"which (?:[\w-]+ )?(?:exports?|snapshots?|dumps?|batch(?:es)?|versions? of the data) (?:went|goes|go|fed) "
        r"into which (?:training )?(?:runs?|models?)",
        # "images sit on a NAS with no versioning", "the data lives on a share, no versioning"
        r"(?:images|data|datasets?|files|photos|scans|recordings|labels|csvs?) (?:sit|sits|live|lives|are|is|stored|"
        r"kept) (?:\w+ ){0,4}(?:with )?no (?:data )?versioning",
        # the outcome wanted: "undo a bad dataset change", "roll back the table to yesterday's rows", "try data changes
        # on a branch before prod"
        r"(?:undo|revert|roll ?back) (?:a |the |our |my |that )?(?:bad |broken |wrong )?(?:dataset|data|table)s? "
        r"(?:changes?|edits?|updates?|writes?)",
        r"roll ?back (?:the |our |my |a )?(?:database|dataset|data|table)s? to (?:yesterday|last week|an earlier|a "
        r"previous|the previous)",
        r"data (?:changes|edits|updates) (?:on|in) (?:a |their own )?branch(?:es)?",
        # "which data trained the model in prod", "what dataset went into that model"
        r"(?:which|what) data(?:set)?s? (?:trained|was used to train|went into|built) "
        r"(?:the |this |that |our |a |each )?models?",
        # large files kept with the code: "keep model checkpoints in the repo without bloating git history"
        r"without bloating (?:the |our )?(?:git )?(?:history|repo(?:sitory)?|git)",
        # "what's the best way to version a 2TB image dataset?"
        r"version (?:a |an |the |our |my |each |every )?(?:[\w-]+ ){0,3}(?:datasets?|data sets?|corpus|corpora)",
        # "something for version the labels", "versioning the annotations"
        r"version(?:ing)? (?:the |our |of (?:the )?)?(?:labels|annotations)",
        # "something that ties each run to the exact data it saw", "version the eval set"
        r"ties? (?:each |every )?(?:run|model|experiment)s? to (?:the )?(?:exact )?(?:data|dataset)",
        r"version (?:the |our |each )?(?:eval|evaluation|test|golden|training|holdout) (?:sets?|data)",
        # "keep datasets versioned"
        r"keep (?:the |our )?datasets versioned",
        # "some way to know which version of the image set a model saw"
        r"which version of the (?:image set|dataset|data set|data|corpus|images) (?:a |the |each )?(?:model|run)",
        # "keep the training snapshots versioned", "is there git-for-data", "git-style branching for a data lake", "time
        # travel", "model v12 was trained on dataset v7"
        r"(?:snapshots|datasets?|data|training data) versioned", r"git-for-data", r"(?:a|any|some) git for data",
        r"git[- ](?:style|like) branch\w* for (?:a |our |the )?data", r"branch per experiment", r"time[- ]travel",
        r"dataset v\d+",
        # "one central place for all our datasets, named versions you can pull"
        r"(?:one |a )?(?:central|single|shared) place for (?:all )?(?:of )?(?:our |the )?datasets",
        # "what else versions datasets without drama?"
        r"versions? (?:our |the |their |large |big |image |training )?datasets?",
        # "pin the dataset each run used", "versioned snapshots of the labeled data"
        r"pin(?:s|ning|ned)? (?:down )?(?:the |each |a |which )?(?:exact )?(?:dataset|data|data version)s?\b",
        r"versioned snapshots? of (?:the |our )?(?:[\w-]+ )?data\w*",
        # "i don't even know which data extract i used"
        r"which data(?: extract| file| snapshot| version| set)? (?:i|we|it) (?:used|trained on)",
        # "a way to snapshot the data used for each run", "snapshots of training data"
        r"snapshot\w* (?:of )?(?:the |our )?(?:training )?(?:data(?:sets?)?|sets)",
        # "data + model versioning", "what data it was trained on"
        r"data(?= (?:\+|and|&|/) model version(?:ing|s))",
        r"what data (?:it|the model|each model|they|a model) (?:was|were) trained on",
        # "someone overwrote the training csv and now I can't tell which copy the model was built from"
        r"overwr(?:ote|itten|ite|iting) (?:\w+ ){0,3}(?:csv|dataset|data|table|files?|parquet)",
        r"which (?:copy|snapshot|version) (?:of the (?:data|dataset|table) )?(?:\w+ ){0,4}(?:built|trained) "
        r"(?:from|on)",
        # "something that ties the exact data snapshot to every training run", "we never kept the old one", "a proper
        # home
        # for model files and datasets"
        r"ties? (?:the )?exact data(?: snapshot| version)? to", r"never kept the old (?:one|data|dataset|version)",
        r"home for (?:[\w-]+ ){0,3}datasets",
        # "version ~2TB of parquet sitting in S3", "which images were in the training set"
        r"version(?:ing)? (?!model files)(?:\S+ ){0,3}(?:of )?(?:parquet|csvs?|tables|images|files|snapshots)",
        r"data versioning", r"version(?:ing)? (?:our |the |my )?(?:[\w-]+ ){0,2}(?:data|datasets?)",
        # "manage datasets too big for git", "I need to version the derived outputs"
        r"(?:datasets?|data|data files) (?:\w+ ){0,2}too (?:big|large) for (?:git|github|gitlab|the repo)",
        r"version (?:the |our |my )?(?:derived|processed|intermediate) (?:outputs|results|data|files)",
                            r"git for (?:data|tables|datasets)",
                            r"large (?:model |binary |data )?files (?:in|with|alongside) (?:a |the |our |my )?git",
                            r"data(?:set)? versions?", r"dataset versioning", r"track(?:ing)? (?:our )?datasets?",
                            r"versioned (?:[\w,]+ ){0,3}(?:for |of )?(?:data|datasets?)",
                            r"(?:version|branch) and (?:version|"
                            r"branch) (?:our |the )?data",
        # files too big for git: "github rejects my push because the checkpoint is over 100mb"
        r"(?:git|github|gitlab|bitbucket) (?:rejects?|rejected|refuses?|refused|won't take|blocks?|blocked) "
        r"(?:my |our |the )?push",
        r"(?:checkpoints?|weights|model files?|datasets?|files?) (?:is |are )?(?:over|above|bigger than|larger than) "
        r"(?:the )?\d+ ?(?:mb|gb)",
        # a lake or a bucket handled like a repository: "branch + rollback our whole s3 data lake like git", "roll back
        # the lake when a bad batch lands"
        r"(?:data ?lakes?|lakehouse|s3 buckets?|buckets?|object stor(?:e|age)) like git",
        r"(?:branch\w*|roll ?back|revert)(?: ?(?:\+|and|&|/|or) ?(?:branch\w*|roll ?back|revert|merge))? "
        r"(?:our |the |a )?(?:whole |entire )?(?:s3 )?(?:data ?lakes?|lakehouse|buckets?)",
    ),
    Stage.DATA_VALIDATION: (
        # "catch missing or broken values in incoming data", "flag null rows before training"
        # "automated checks that catch bad recipe/cost records"
        r"(?:catch|detect|flag|spot|block)\w* (?:\w+ ){0,3}(?:missing|broken|null|nulls|invalid|malformed|corrupt\w*|"
        r"bad|wrong|duplicat\w*) (?:[\w/-]+ ){0,2}?(?:values?|rows?|records?|fields?|columns?)",
        # "fail the pipeline if the dataset looks wrong", "stop when this week's data is broken"
        r"fail (?:the |our |a )?(?:pipeline|job|run|build|dag) (?:if|when) (?:the |this |our )?(?:week'?s )?(?:data|"
        r"dataset|input|batch)(?: \w+)? (?:looks?|is|are|seems?) (?:wrong|bad|broken|off|weird)",
        # development corpus 81: "automated quality checks on every training table", "test data quality at ingestion",
        # "profile our source tables and get a data quality scorecard"
        r"(?:data )?quality checks on (?:every|each|the|our|all) (?:[\w-]+ ){0,2}(?:tables?|datasets?|data|loads?|"
        r"batch\w*|inputs?)",
        r"test(?:ing)? (?:the )?data quality", r"profile (?:our|the) (?:source |raw |input )?(?:tables|data)",
        r"data quality scorecards?",
        # development search suite 44: "data observability for snowflake tables"
        r"(?<!llm )(?<!ai )(?<!ml )data observability(?! (?:products?|vendors?|compan(?:y|ies)|startups?|market))",
        # development corpus 73: "what do people use to validate training and scoring inputs?", "a tool for checking
        # ML inputs specifically"
        r"validat\w* (?:the |our |my )?(?:training|scoring|model|ml|feature|serving)(?: and (?:training|scoring|"
        r"serving))? (?:inputs?|data|sets?|features)",
        r"check(?:s|ing)? (?:the |our )?(?:ml|model|training) inputs?",
        # "want checks before the train step"
        r"checks? (?:before|ahead of|in front of) (?:the |each |every )?(?:train(?:ing)?|model) (?:step|run|job)s?",
        # "something that screams when the input data looks off"
        r"when (?:the )?(?:input |incoming |upstream |training )?data (?:looks?|is|goes|seems) (?:off|wrong|weird|bad|"
        r"broken|odd)",
        # "automatic checks that stop training on bad data"
        r"(?:automatic |automated )?checks? (?:that|to|which) (?:stop|block|fail|catch|halt)\w* (?:\w+ ){0,3}"
        r"(?:on |before )?(?:bad|broken|garbage|invalid) data",
        # "checks that stop the run when the input looks off", "checks that run on the data before training", "catch
        # bad data before it hits training"
        r"checks? (?:\w+ ){0,3}(?:stops?|fails?|blocks?|halts?) (?:the )?(?:run|training|pipeline|job)s? (?:when|if) "
        r"(?:the )?(?:inputs?|data|batch)",
        r"checks? (?:that )?(?:runs? )?on the (?:input )?data before (?:it (?:hits|reaches) )?training",
        r"catch(?:es|ing)? (?:bad|broken|junk|garbage|corrupt\w*) (?:input |upstream |incoming )?data",
        # "find the rows in my training data that were labeled wrong", "label errors"
        r"(?:rows|examples|samples|images|items|records|data points)(?: [\w-]+){0,6} (?:that )?(?:were|are|was|is|got) "
        r"(?:labell?ed|annotated|tagged) (?:wrong|wrongly|incorrectly|badly)",
        r"label errors", r"(?:wrong|noisy|bad) labels",
        # "automatic checks that stop training when the data looks wrong"
        r"(?:stop|block|halt|fail) (?:the )?training when (?:the )?data|automatic checks on (?:the )?data",
        # "validate time-series data before training", "enforces contracts / expectations on tables"
        r"validat(?:e|es|ing) (?:the |our |incoming |input |raw |new |[\w-]+ ){0,2}(?:data|datasets?)\b",
        r"enforc\w* (?:data )?(?:contracts|expectations|schemas?)",
        r"data contracts?",
        # "a new batch has nulls in columns that should never be empty"
        r"(?:columns?|fields?) that should never be (?:empty|null|blank)", r"nulls? in (?:\w+ ){0,2}columns",
        r"sanity[- ]checks? (?:\w+ ){0,2}(?:on|for) (?:the )?(?:input|source|training) (?:tables|data)",
        r"catch (?:\w+ )?data (?:problems|issues|errors|bugs)",
        
        # "checks each daily batch before training", "stop training on an empty table", "check the feature table"
        r"checks? (?:each|every) (?:daily |nightly |new )?batch",
        r"(?:stop|prevent) (?:\w+ ){0,6}training on an? (?:empty|broken|half[- ]empty) table",
        r"check (?:that )?the (?:feature |input |source )?table",
        r"data validation", r"validat(?:e|ing) (?:our |the )?data",
                            r"validat(?:e|ing) (?:the |our )?(?:incoming |input |partner )?(?:files|csvs|batches|f"
                            r"eeds)",
                            r"data (?:quality )?(?:checks|tests)",
                            r"data contracts?", r"schema (?:validation|checks)", r"check(?:s|ing)? (?:our |the )?data",
                            # "validate the inputs before training", "what tools check training data", "checks on the
                            # data before training"
                            r"validat(?:e|es|ing) (?:the |our )?(?:inputs|input data|training data|features)",
                            r"check(?:s|ing)? (?:the |our )?(?:training|input|incoming|source) data",
                            r"checks? on the data",
                            r"(?:checks?|tests?) (?:on|that|whether|if) (?:the )?(?:incoming |input |new )?data(?!set)",
                            r"(?:schema|distribution) (?:\+ |and )?(?:\w+ )?checks",
                            r"inspect(?:ing)? (?:our |the )?data", r"(?:find|finding|detect\w*|catch\w*|spot\w*) "
                            r"(?:the |our )?mislabel(?:l)?ed",
                            # rows and columns checked before they reach training
                            r"bad (?:rows|records)",
                            r"(?:check|validat)\w* (?:\w+ ){0,2}(?:columns|dtypes|column types)",
                            r"dataframe (?:validation|schemas?)",
                            r"(?<!model )(?<!cross )(?<!cross-)(?<!documented )(?<!independent )"
                            # (not a model's own validation, as model risk keeps it: "validation evidence, an owner,
                            # approvals", "an inventory with owners, risk tiers and validation dates")
                            r"validation(?! (?:sets?|loss|splits?|data|accuracy|metrics?|scores?|curves?|folds?|runs?|"
                            r"reports?|evidence|results|dates?|findings|workflows?|process(?:es)?|documentation|"
                            r"docs|status|trail|sign-?offs?|units?|teams?|functions?|packs?))(?: checks?| rules?)?",
                            # "checks on feature freshness and completeness"
                            r"checks? (?:on|for) (?:\w+ ){0,2}(?:freshness|completeness|nulls|null rates|schemas?)",
                            # "if a column in the input csv suddenly has nulls or the wrong type"
                            r"(?:columns?|fields?) (?:\w+ ){0,5}(?:has|have|had|contains?|gets?|got|with) (?:\w+ ){0,2}"
                            r"(?:nulls|null values|the wrong (?:data )?types?)",
        # development corpora 22, 31: "a tool that tells you when your input data looks weird before training",
        # "anything that finds mislabeled examples automatically?"
        r"tells? (?:you|us|me) when (?:the |your |our )?(?:input |training )?data looks? (?:weird|off|wrong|strange|"
        r"funny)",
        r"finds? mislabel(?:l)?ed (?:examples|data|samples|rows|images|items)",
    ),
    Stage.FEATURE_STORE: (
        # development corpus 98: "need point-in-time joins", "features computed once and read by both", "feature
        # versioning and lineage", "feature computation on the stream"
        r"point[- ]in[- ]time (?:joins?|correct(?:ness)?|lookups?)", r"features? (?:computed|defined) once",
        r"feature versioning",
        r"feature (?:computation|engineering) (?:on|from) the (?:event )?stream",
        # development corpus 88: "we keep leaking future data into training", "offline features in BigQuery, online in
        # Redis, and the two keep drifting apart", "embeddings computed once, stored centrally and served to both"
        r"(?:leak\w*|leakage of) future (?:data|information|values|labels)",
        r"offline (?:features? )?(?:\w+ ){0,4}online (?:\w+ ){0,6}(?:drift\w* apart|out of sync|diverg\w*)",
        r"computed once,? stored centrally",
        # "we suspect the features served online differ from training"
        r"features? (?:\w+ ){0,2}(?:online|in prod\w*|at serving time|in serving|at inference) (?:differ|drift\w*|"
        r"(?:don't|do not) match) (?:from|with) (?:the )?(?:training|offline)",
        # "features different in training vs serving", "features don't match between training and inference"
        r"features? (?:are |is )?(?:different|differ\w*|don't match|do not match|mismatch\w*|inconsistent) (?:in |"
        r"between )?training (?:and|vs\.?|versus) (?:serving|inference|prod\w*)",
        # development corpus 81: "we need the same features online and offline", "one shared feature definition for
        # training and inference" (and corpus 98: "one canonical feature definition")
        r"same features? (?:online and offline|offline and online|in training and (?:in )?(?:serving|inference|"
        r"prod\w*))",
        r"(?:(?:one |a |single )?(?:shared|canonical)|single) feature definitions?(?: for training and (?:serving|"
        r"inference))?",
        # "one shared home for the lag features, they're recomputed in 5 places"
        r"(?:one |a |single )?(?:shared |central |common )?(?:home|place) for (?:the |our |all )?(?:[\w-]+ )?features",
        # "one place to define features", "one definition of each feature for both", "define features once"
        r"(?:one|a single|a central|a shared|single) (?:place|home|definition|source of truth) (?:\w+ ){0,2}(?:define "
        r"|for (?:the |our |all )?|of (?:each |every |the |our )?)?features?\b",
        r"define (?:each |every |our |the )?features? once", r"one definition of (?:each |every )?features?",
        # "features get recomputed everywhere", "features are rebuilt from scratch for every model", "the fraud team
        # and the app team keep recomputing the same features in two different places": the same features made over
        # and over, which one definition in a feature store ends
        r"features? (?:get |gets |are |is |keep getting )?(?:re-?computed|re-?built|re-?implemented|duplicated|"
        r"copy-?pasted|rewritten)(?: from scratch)? (?:[\w-]+ ){0,3}?" + OVER_AND_OVER,
        r"re-?(?:comput|build|implement)\w* (?:the same )?(?:[\w-]+ ){0,2}features? (?:[\w-]+ ){0,3}?" + OVER_AND_OVER,
        # "we keep re-deriving the same customer features in every project"
        r"re-?deriv\w* (?:the same )?(?:\w+ ){0,2}features",
        r"(?:recomput\w*|re-?implement\w*|duplicat\w*) (?:the same )?(?:\w+ ){0,2}"
                          r"(?:features|aggregates) (?:in|across) (?:two|2|several|multiple|different) (?:different )?"
                          r"(?:places|pipelines|teams)",
                          r"feature[- ]stores?", r"(?:one |a )?(?:shared|central|single) place for features",
                          FEATURES_DIFFER,
                          r"feature (?:platform|management|serving|registry|pipelines?)",
                          r"(?:share|sharing|reuse|reusing) features", r"online features",
                          r"training[- ]serving skew", r"same features (?:for|in|at) (?:both )?training",
                          # "same feature values for training and online serving", "no train/serve skew"
                          r"same feature values", r"train(?:ing)?[- /](?:and[- ])?(?:online[- ])?serv(?:e|ing)[- ]skew",
                          # "features are computed differently in training and in production"
                          r"features? (?:are |get |is )?(?:computed|calculated|built|engineered) differently "
                          r"(?:in|for|at|between) (?:training|train)(?: and (?:in |at )?(?:serving|inference|"
                          r"production|prod|online))?",
                          r"online (?:feature )?lookups?",
                          # "the features we compute for training don't match what the prediction api computes live"
                          r"features? (?:\w+ ){0,5}(?:don't|do not|doesn't|does not|never|didn't|no longer) match "
                          r"(?:\w+ ){0,5}(?:live|online|serving|production|prediction|inference)",
                          # "features get computed twice, once for training and again for serving, and they never
                          # quite match"
                          r"features? [^.;]{0,80}(?:training|serving)[^.;]{0,60}(?:don't|do not|never|rarely|won't) "
                          r"(?:quite |really |exactly |fully |always )?match",
                          # "real-time features computed the same way as in training", "one shared home for the lag
                          # features"
                          r"features? (?:computed|calculated|built) (?:the same way|identically) (?:as )?(?:in|for|at) "
                          r"(?:training|serving)",
                          r"(?:shared|one|single|central|common) (?:home|place|store|source) for (?:the |our |all )?"
                          r"(?:[\w-]+ ){0,2}features",
                          # "we compute features one way in training and reimplement them for online prediction"
                          r"(?:compute|calculate|build)s? (?:the |our )?features (?:one way|differently) (?:in|for|at) "
                          r"training",
                          # "features get computed one way in Spark for training and a different way at serving time"
                          r"features? (?:get|gets|are|is) (?:computed|calculated|built|generated) (?:one way|"
                          r"differently)",
                          r"re-?implement (?:them|the features|features) (?:for|in|at) (?:online|serving|"
                          r"inference|prediction)",
        # development corpora 18, 22: "we keep re-deriving the same customer features in every project", "stop
        # copy-pasting the same feature SQL into 6 notebooks"
        r"re-?deriv\w* the same (?:\w+ )?features", r"copy-?past\w* the same feature",
        # training-serving skew told as what happens: "serving computes the features differently", "features are
        # calculated differently online"
        r"(?:comput|calculat|build|generat|deriv)\w* (?:the |our )?features? differently",
        r"features? (?:are |were |get |gets )?(?:computed|calculated|built|generated|derived) differently",
        r"online[- ]offline (?:skew|mismatch)",
    ),
    Stage.NOTEBOOKS: (r"notebooks?(?: environment| server| platform)?", r"jupyter(?: ?hub| ?lab)?",
                      # a notebook's own faults: "cells ran out of order, hidden state"
                      r"cells? (?:ran |run |executed )?out of order", r"hidden (?:notebook |kernel )?state",
                      r"hosted notebooks", r"shared notebooks",
                      r"shared notebook(?: setup| environment| server)?"),
    Stage.EXPERIMENT_TRACKING: (
        # development corpus 96: "somewhere to compare ranking models before we A/B them", "one place to compare the
        # three approaches run by run"
        r"(?:somewhere|one place|a place) to compare (?:\w+ ){0,3}(?:models?|runs?|approaches|experiments|configs?)",
        # development corpora 100-104: "hundreds of runs, want to compare them systematically", "8 architectures … I
        # need to compare them without losing my mind", "something that keeps those runs organised", "how to organise
        # all the benchmark runs", "log every model version I try", "a place to log which model wins for which hotel"
        r"compare (?:them|those|these|the runs|the models) (?:systematically|side by side|properly|without)",
        r"(?:keeps?|keep) (?:all )?(?:those |these |the |our |my )?(?:\w+ )?runs (?:organi[sz]ed|straight|tidy|"
        r"in one place)|organi[sz]e (?:all )?(?:the |our |my )?(?:\w+ )?runs",
        r"log (?:every|each) (?:model version|experiment|run|model) (?:i|we) (?:try|train|run)",
        r"(?:log|track|record) which (?:model|config|setup|variant)s? (?:wins|won|works best|did best|performs? best)",
        # development corpora 96-107: "where should results from ~60 runs live?", "a sane way to log augmentations and
        # F-scores per run", "keep track of which subsample ratio gave which logloss", "comparing AUC + calibration
        # across lots of CTR experiments"
        r"(?:results|metrics|scores) (?:from|of) (?:~?\d+ |all |our |the )?(?:\w+ )?runs (?:live|go|be stored|be kept)",
        r"log (?:the |our |my )?(?:[\w-]+ (?:and |& )?){0,3}(?:per run|for each run|for every run)",
        r"keep track of which (?:[\w-]+ ){1,3}(?:gave|produced|got|yielded) which",
        r"compar\w* (?:[\w+&-]+ ){1,4}across (?:lots of |many |all |our |the )?(?:[\w-]+ )?(?:experiments|runs)",
        # development corpora 94 and 95: "want it scheduled and tracked", "leadership wants every model tracked",
        # "sweeps across them with proper logging", "where do trained models and their metrics go?"
        r"(?:scheduled|versioned|reproducible) and tracked", r"every model tracked",
        r"with proper (?:experiment )?logging",
        r"where do (?:the |our )?trained models and their metrics go",
        # development corpora 60-91: "a history of every experiment", "every run logged automatically with its config",
        # "track the fine-tunes", "something free that tracks each run and its checkpoints", "track the session-model
        # experiments", "one place where the DS team's experiment runs live", "experiments organised"
        r"history of (?:every|each|all|our|the) (?:training )?(?:experiments?|runs?)",
        r"(?:every|each) (?:training )?run (?:gets? )?(?:logged|tracked|recorded)(?! as (?:an? )?(?:traces?|spans?))",
        r"track(?:s|ing)? (?:the |our |my |all |each |every )?(?:[\w-]+ )?(?:fine-?tunes|loras|lora runs|"
        r"fine-?tuning runs)\b", r"tracks? (?:each|every) (?:training )?run\b",
        r"track(?:s|ing)? (?:the |our |my |all )?(?:[\w-]+ ){1,2}experiments\b",
        r"place where (?:[\w']+ ){0,4}(?:experiment |training )?runs (?:live|go|land)",
        r"experiments? organi[sz]ed",
        # "track which decoding settings gave which WER"
        r"track which (?:[\w-]+ ){0,2}(?:settings|configs?|params|parameters|hyper-?parameters|prompts?|datasets?) "
        r"(?:gave|produced|led to|got|made|won)",
        # "somewhere to track which ranking experiment won offline"
        r"track (?:which|what) (?:[\w-]+ ){0,2}(?:experiments?|runs?|variants?) (?:won|worked|did (?:best|better)|"
        r"performed (?:best|better)|gave|beat)",
        # "data scientists want UI to see experiments and compare"
        r"(?:an? )?(?:ui|dashboard|web page) to (?:see|view|browse|compare) (?:the |our |their )?(?:experiments|runs)",
        # the results of sweeps kept: "we need to track sweeps", "tracking our W&B sweeps" (not running them)
        r"track(?:s|ing)? (?:our |the |my |all )?(?:w&b |wandb |hyper-?param\w* )?sweeps?",
        # "I want every run to capture environment, data and params"
        r"(?:every|each) (?:training )?run to (?:capture|record|log|store|save)",
        # "need to track offline metrics (NDCG@k, recall@k) per experiment"
        r"track (?:[\w-]+ ){0,2}(?:metrics|results|scores)(?: \([^)]{0,40}\))? (?:per|for each|of each|across) "
        r"(?:experiments?|runs?)",
        # "I'd like to watch training metrics live in one central place", "WER per model version, logged somewhere I
        # can compare"
        r"(?:metrics|runs|results|experiments|curves|losses) (?:\w+ ){0,2}in one (?:central |single |shared )?place",
        r"logged somewhere (?:i|we) can compare",
        # "a common place for experiments"
        r"(?:common|shared|central|single) place for (?:our |the )?experiments",
        # "start logging every run with its data and parameters", "one place where every run lands", "keeps the results
        # organised", "a record of which run produced which report"
        r"log(?:ging|s)? every (?:training )?run",
        # "something smarter than grids that also records every trial", "I can't tell which one produced the eval
        # numbers", "keeping track of which LoRA came from which caption set", "track data version, model version and
        # feature importance per run", and as people who mix languages write it
        r"records? (?:every|each) (?:trial|run|experiment)",
        r"(?:can't|cannot|couldn't|could not) (?:tell|remember|say|figure out) which (?!(?:\S+ ){0,3}(?:data|dataset|"
        r"snapshot|labels?)\b)(?:\S+ ){0,4}(?:produced|gave|"
        r"generated|came from|made|led to)",
        r"which (?:\S+ ){0,2}(?:lora|checkpoint|run|config|model|adapter)s? came from which",
        r"track\w* (?:[\w,]+ ){1,8}per (?:run|experiment|training run)",
        r"registrar (?:los )?experimentos", r"tracker les exp[ée]riences", r"(?:salvare|registrare) le metriche",
        r"(?:one|a|single) place where (?:every|all|each) (?:of our )?runs? (?:lands?|goes?|ends? up)",
        r"keeps? (?:the |our |my )?results organi[sz]ed",
        r"record of which run",
        # "keeping track of which run used which data and hyperparams is chaos", "tracking our runs is a mess"
        r"(?:track|tracking|keep(?:ing)? track of|know|knowing|remember|record\w*) which (?:\w+ ){0,2}"
        r"(?:runs?|experiments?|checkpoints?|trials?) used which(?: (?:[\w,+&]+ ){0,4}?" + IS_A_MESS + ")?",
        r"(?:tracking|keeping track of) (?:our |my |the |all )?(?:training )?(?:runs|experiments) " + IS_A_MESS,
        # "I need to track my training jobs", "track all our runs"
        r"track (?:all (?:of )?)?(?:my|our|the|every|each) (?:training |ml |model )?(?:jobs|runs|experiments)\b",
        # "keeping track of checkpoints and experiments", "lets students see their experiment results"
        r"keep(?:s|ing)? track of (?:[\w,~.+-]+ ){0,4}(?:experiments|runs|checkpoints)\b",
        r"see (?:\w+ ){0,2}experiment results",
        # "log each run's params and metrics somewhere", "compare experiments", "stop losing track of which run was
        # which"
        r"log(?:s|ging)? (?:\w+ |\w+'s ){0,3}(?:params|parameters|hyperparams|hyperparameters|metrics)",
        r"compar\w* (?:[\w-]+ ){0,3}(?:runs|experiments)\b",
        r"los(?:e|ing|t) track of which (?:\w+ ){0,2}(?:configs?|runs?|hyperparams?|params|parameters|hyperparameters|"
        r"experiments?|settings|seeds?)",
        # "something like W&B to track hyperparams + logs while training", "comparing configs side by side"
        r"track\w* (?:the |our |all )?(?:hyper-?param\w*|hparams)",
        r"(?:configs|runs|experiments|training runs) side[- ]by[- ]side",
        # "watch training in near real time from one central place", "follow runs live"
        r"(?:watch|see|follow|view) (?:the |our |my )?(?:training|runs?|experiments?)(?: runs?)? (?:in (?:near[- ])?"
        r"real[- ]time|live)",
        # "log training runs", "record experiments", "keeps track of trials"
        r"(?:log|logs|logging|record|records|recording) (?:all )?(?:of )?(?:our |the |my |every |each )?"
        r"(?:training |ml |model )?(?:runs|experiments|trials)\b",
        # "i just want runs tracked", "i can't find which run made figure 3"
        r"runs? tracked", r"can't find which run",
        # "how do i keep track of my experiments", "a way to share experiment results with each other"
        r"keep(?:ing)? track of (?:all )?(?:of )?(?:our |the |my )?(?:ml |training |fine-?tuning |model )?"
        r"(?:experiments?|runs|results|"
        r"metrics)", r"share (?:our |the |my )?(?:experiment|training) (?:results|runs|metrics)",
        # "I track experiments in a google sheet", "results go into a spreadsheet", "runs are logged in excel"
        r"(?:track|log|record|keep|jot|copy|copying|paste|pasting)\w* (?:(?:all|every|each|of|our|my|the) ){0,3}"
        r"(?:experiments?|runs?|training runs|results|metrics|hyperparam\w*|params) (?:\w+ ){0,2}(?:in|into|on) "
        r"(?:a |an |the |our |my |one |some )?(?:shared |big |giant |huge )?" + SHEET,
        r"(?:experiments?|runs?|training runs|results|hyperparam\w*|params) (?:are |is |get |all )?(?:tracked|logged|"
        r"kept|recorded|go|goes|live|lives|end up) (?:\w+ )?(?:in|into|on) (?:a |an |the |our |my |one |some )?"
        r"(?:shared |big |giant |huge )?" + SHEET,
        # "something that records what i trained, on what, and when"
        r"(?:records?|logs?|keeps? track of|remembers?) what (?:i|we) (?:trained|ran|tried)",
        # "need run comparison + nice plots", "want to add something for experiments"
        r"run comparisons?", r"(?:something|a tool|anything) (?:proper |real )?for (?:our |the |tracking )?experiments",
                                r"paste (?:\w+ ){0,2}(?:metrics|results|numbers|scores) into (?:a |the |our )?"
                                r"(?:spreadsheet|sheet|excel)",
                                r"experiment(?:s)? track(?:ing|er)", r"track(?:ing|ed)? (?:our |the |my |any )?(?:ml )?"
                                r"(?:experiments|runs|metrics|training runs)", r"experiment (?:management|mgmt)",
                                r"logs?(?:ging)? (?:our |the |my |all |their )?(?:metrics|runs|experiments|parameter"
                                r"s|params|results|"
                                r"hyperparameters)",
                                r"compar(?:e|ing) (?:\w+ ){0,2}runs",
                                r"run tracking", r"experiment logging",
                                # (not what else is tracked: "drift tracking", "cost tracking", "bug tracking")
                                r"(?<!drift )(?<!cost )(?<!spend )(?<!token )(?<!usage )(?<!bug )(?<!issue )"
                                r"(?<!object )(?<!hand )(?<!eye )(?<!time )(?<!budget )(?<!error )(?<!latency )"
                                r"(?<!performance )(?<!accuracy )"
                                # (nor what cameras and sensors follow: "player tracking", "gps tracking of the fleet")
                                r"(?<!player )(?<!ball )(?<!pose )(?<!gps )(?<!fleet )(?<!vehicle )(?<!asset )"
                                r"(?<!shipment )(?<!parcel )(?<!location )(?<!motion )(?<!face )(?<!animal )"
                                r"(?<!vessel )tracking", r"tracker",
                                # "no registry, no endpoints, no experiment UI"
                                r"experiment (?:ui|dashboards?|database)",
                                # "plot loss curves", "see the training curves of every run"
                                r"(?:loss|training|learning) curves",
                                r"(?:see|compare|browse) (?:all )?(?:of )?(?:our |the |my )?(?:training |experimen"
                                r"t )?runs",
                                r"(?:one|a single) place (?:where|for) (?:our )?(?:[\w-]+,? (?:and )?){0,3}runs",
                                # "keep a history of runs", "a record of hyperparams and metrics from every run",
                                # "which training run had the best val loss"
                                r"(?:keep|have|keeping) a (?:history|record) of (?:\w+ ){0,4}"
                                r"(?:runs|experiments|metrics)",
                                r"(?:which|what) (?:training )?run (?:had|has|gave|got) the (?:best|lowest|highest)",
                                # "i can't remember which hyperparameters gave my best run"
                                r"(?:which|what) (?:hyper-?param\w*|h?params|settings|config\w*|data ?set) "
                                r"(?:\w+ )?(?:gave|produced|got|led to|made) (?:me |us )?(?:my|our|the) best",
                                # "log everything (code version, data hash) per run", "a shared experiment log"
                                r"log\w* (?:\w+ ){0,3}(?:per|for each|for every|of each|of every) (?:training )?run",
                                r"experiment logs?",
                                # "remember hyperparams and scores of every training run": what each run had
                                r"(?<!tune )(?<!tuning )(?<!optimi[sz]e )(?<!cost )(?<!token )(?<!usage )"
                                r"(?:hyper-?param\w*|h?params|parameters|configs?|metrics|scores|results|losses) "
                                r"(?:\w+ ){0,3}(?:of|from|for|in) (?:every|each|all) (?:(?:of )?(?:our|my|the) )?"
                                r"(?:training )?(?:runs?|scripts?|experiments?|trainings?)",
        # development corpus 47: "one place where each project's code, data versions and experiment results live"
        r"(?:experiment results|results of (?:our |the |their )?experiments) (?:would |could |can |should )?(?:live|"
        r"are kept|sit|go)",
        # development corpus 12: "I want one standard place for runs and trained models"
        r"(?:one|a|single|shared|standard|central) place for (?:our |all |the )?(?:experiment )?runs",
        # development corpora 100-110: "track the fine-tune runs", "what tracker", "one consistent place for metrics +
        # configs", "every run's config and outputs logged", "experiments tracked across herds", "comparisons tracked
        # properly", "quantile forecasts tracked and compared", "I keep a spreadsheet of results", "tons of backtests
        # and no structure", "compare 30 runs", "log validation runs"
        r"tracks? (?:[\w-]+ ){0,2}(?:runs|experiments)",  # (also "track our runs", "tracks experiments")
        r"(?:what|which) (?:experiment )?tracker\b",
        r"(?:one|a|single|shared|standard|central) (?:consistent |single |central )?place for (?:the |our |all )?"
        r"(?:metrics|results|scores)\b",
        r"(?:every|each) run'?s (?:config\w*|params|parameters|hyper-?param\w*|metrics|outputs|results)",
        r"(?:experiments?|runs|comparisons|variants|backtests) (?:\w+ )?(?:tracked|logged) (?:properly|automatically|"
        r"and compared|across|somewhere|in one place)",
        r"tracked and compared", r"(?:spreadsheet|excel sheet|sheet) of (?:all )?(?:the |my |our )?(?:results|runs|"
        r"experiments|metrics|scores)",
        r"(?:experiments|runs|backtests) and no (?:structure|system|overview)",
        r"compare (?:\d+|dozens of|hundreds of|many|all (?:the |our |my )?) ?(?:training )?runs",
        r"log (?:the |our |my )?(?:validation|training|fine-?tun\w*|evaluation) runs",
    ),
    Stage.HYPERPARAMETER_TUNING: (
        # "hyperparam tuning across a few aws machines"
        r"hyperparams? (?:tuning|search|sweeps?|optimi[sz]ation)",
        # "smarter parameter search", "searches the parameter space smartly", "automated hyperparameter search"
        r"(?:smarter|better|automated|automatic|proper|bayesian) (?:hyper-?)?parameter (?:search|sweeps?|tuning)",
        r"search(?:es|ing)? (?:the |our )?(?:hyper-?)?parameter space",
        # "a for-loop over a grid that eats the whole weekend", "want smarter search", "runs the sweeps smarter"
        r"for-?loop over (?:a |the )?grid|search smarter|smarter (?:search|sweeps?)|sweeps smarter",
        # "something that picks the next config for us"
        r"(?:picks?|suggests?|chooses?|proposes?) the next (?:config\w*|hyper-?param\w*|set of (?:hyper-?)?param\w*|"
        r"trials?)",
        r"(?:hyper)?param(?:eter)? combinations",
                                  r"hyper-?parameter(?:s)? (?:tuning|search|optimi[sz]ation|sweeps?)",
                                  r"hyper-?param(?:eter)?s?", r"hpo", r"hparams?",
                                  # fine-tuning a model is training it, not searching its hyperparameters
                                  r"(?<!fine )(?<!fine-)(?:tune|tuning) (?:the )?(?:models|hyperparameters|params)",
                                  r"sweeps", r"automl", r"hyperparameter tuning",
                                  # not "hand-tuning prompts", "prompt tuning": prompts are no hyperparameters
                                  r"(?<!fine )(?<!fine-)(?<!hand-)(?<!hand )(?<!prompt )(?<!prompt-)tuning"
                                  r"(?! (?:the |our |my |of )?(?:prompts?|system prompts?)\b)",
                                  r"learning rates?", r"(?:bayesian|grid|random) search",
                                  r"sweep (?:tool\w*|runs?|jobs?|configs?|agents?)",
                                  r"hyper-?param\w* (?:sweeps?|search|tuning)",
                                  # "launch a DomainBed-style sweep on our cluster", "suggest a tuner for distributed
                                  # trials"
                                  r"(?:launch|run|start|submit|kick off)(?:es|s|ed|ing)? (?:a |our |my |the )?"
                                  r"(?:[\w-]+ ){0,2}sweeps?", r"(?<!fine-)(?<!fine )tuners?"),
    Stage.ML_PIPELINES: (r"ml pipelines?", r"training pipelines?", r"(?:ml|model|training) workflows?",
                         # "want retraining to kick off when accuracy drops", "one trigger that does all of it end to
                         # end", "the steps chained so one run does prep, training and deploy"
                         r"re-?train\w* (?:to )?(?:kick off|kicks off|start|starts|run|runs|be triggered|triggered|"
                         r"fire|fires) (?:\w+ ){0,2}(?:when|whenever|if|once|on)\b",
                         r"one (?:trigger|command|button|click) (?:that|to) (?:does|do|runs?) (?:all of it|everything|"
                         r"it all|the whole thing)", r"(?:steps|stages) chained", r"chain (?:the |our |all the )?steps",
                         # "a path from notebook to something scheduled", "a way to stop retraining by hand", "model
                         # trained in a pipeline, every week", "it should be a pipeline that fans out"
                         r"(?:from|to move from|turn|getting from|get from) (?:a |the |our |my )?notebooks? (?:in)?to "
                         r"(?:a |the )?(?:scheduled job|something scheduled|schedule)",
                         r"stop (?:re-?training|doing (?:this|it)) by hand", r"trained in a pipeline",
                         r"should be a pipeline",
                         # "I want retraining to run on its own"
                         r"(?:retraining|training) (?:to )?(?:runs? )?on (?:its|their) own",
                         # "retraining is manual and I'd like that automated", "want both automated, the retraining and
                         # the search", "would love retrain-on-drift", "kick off training automatically when drift gets
                         # bad"
                         r"re-?training (?:\S+ ){0,6}automated", r"automated,? (?:both )?the re-?training",
                         r"re-?train(?:ing)?[- ]on[- ]drift",
                         r"(?:kick off|trigger|start) (?:re-?)?training automatically",
                         r"(?:no|zero) re-?training (?:setup|pipeline|process)",
                         # "retraining automation", "want retraining to happen automatically", "something that runs end
                         # to end without me", "a simpler pipeline tool"
                         r"re-?training automation", r"(?:automate|automating|automated) (?:the |our )?re-?training",
                         r"re-?train(?:ing)? (?:to )?(?:happen|run|kick off|start)s? (?:\w+ )?automatically",
                         r"runs? end[- ]to[- ]end without (?:me|us|anyone|a human)",
                         r"pipeline tools?(?! for (?:etl|data))",
                         # (not an LLM app's chain: "our RAG pipeline", "a langchain pipeline")
                         r"automat(?:e|ed|ing) (?:the )?(?:model )?training",
                         r"(?<!rag )(?<!langchain )(?<!llamaindex )(?<!haystack )(?<!retrieval )(?<!llm )pipelines?",
                         r"reproducible pipelines?", r"pipeline steps",
                         # "automate the retraining loop", "retrain automatically when accuracy drops"
                         r"automat(?:e|ed|ing|ically) (?:the |our )?(?:model )?re-?training(?: loop| pipelines?)?",
                         r"re-?train\w* automatically",
                         # "something that retrains on its own", "a thing that retrains by itself" (what they want)
                         r"(?:something|a thing|a tool|a way|anything) (?:that|which|to) re-?trains? (?:\w+ ){0,2}?"
                         r"(?:on its own|by itself|automatically)",
                         r"re-?train\w* (?:each|every|once a) (?:\w+ ){0,2}automatically",
                         # "a repeatable way to train and deploy rather than one-off scripts"
                         r"(?:repeatable|reproducible|automated|standard) (?:way|process) to (?:re-?)?train"),
    Stage.MODEL_REGISTRY: (
        # corpora 90-91: "which of the ~600 models is deployed where", "which version is on which device", "some way to
        # track which model went into which firmware build", "somewhere to keep model checkpoints that isn't a shared
        # drive folder", "what do people use to version and deploy the imaging models?"
        r"(?:(?:can't|cannot|can not|couldn't|nobody can|no one can|don't|do not) (?:even )?(?:keep track of|tell|say|"
        r"know|see) )?which (?:of (?:the |our )?~?\d* ?)?(?:models?|versions?|checkpoints?)(?: versions?)? (?:is|are) "
        r"(?:\w+ )?(?:where|on which|on each|in which)\b",
        r"which model(?: version)? (?:went|goes|ships?|shipped) (?:in)?to which",
        r"somewhere to keep (?:the |our )?(?:model )?(?:checkpoints|weights)",
        r"version(?= and (?:deploy|ship|serve|release) (?:the |our )?(?:[\w-]+ )?models)",
        # "nobody knows which checkpoint is prod", "version trained policies per game build", "version model files and
        # ship them with the plugin"
        r"(?:nobody|no one|no-one) knows which (?:one|models?|checkpoints?|versions?) (?:is|are) "
        r"(?:in )?(?:prod\w*|live|deployed|in use)",
        r"version (?:our |the |trained |all )?(?:model files|policies|checkpoints|model weights)",
        # "sharing model weights over google drive", "we email checkpoints around"
        r"(?:shar|send|pass|email|mail|mov|copy|copi)\w* (?:the |our |my )?(?:model )?(?:weights|checkpoints|model "
        r"files|models|pickles) (?:around )?(?:over|via|through|on|by|in|with) (?:google drive|dropbox|e-?mail|slack|"
        r"usb|shared drives?|one ?drive|teams|wetransfer)",
        # "how to manage the versions of model?", "managing model versions"
        r"manag\w* (?:the )?(?:versions? of (?:the |our |my )?models?|model versions?)(?![a-z])",
        # "need somewhere to version the adapters", "version our checkpoints"
        r"version (?:the |our |my |all )?(?:lora |qlora |fine-?tuned )?(?:adapters|checkpoints|model weights)\b",
        # "how do I version the data and models properly?"
        r"(?:(?<=version data )|(?<=version the data )|(?<=version our data ))and (?:the )?models",
        # "a clean way to know which pickle is which", "a real rollback"
        r"(?:know|tell|say) which (?:pickle|model file|\.?pkl|checkpoint|weights file|model)s? (?:is|are) which",
        r"(?:real|proper|easy|quick|one-click) roll-?backs?",
        # "keep their versions straight across clients"
        r"keep (?:the |their |our |model |all )?(?:\w+ )?versions straight",
        # "somewhere to keep versioned, approved models", "keep versioned models with approvals"
        r"(?:keep|store|track)(?:s|ing)? (?:our |the )?versioned,? (?:and )?(?:approved )?models",
        # "one source of truth for which model is in prod"
        r"(?:which|what) model(?: version)? is (?:in|running in|live in|deployed (?:in|to)) prod\w*",
        # "we dunno which model is in prod", "nobody can tell which model version is live"
        r"(?:don't|do not|can't|cannot|no one|nobody) (?:\w+ )?(?:knows?|tell|say|sure) (?:which|what) model"
        r"(?: version)? (?:is|was|'s) (?:in prod\w*|live|deployed|running|serving)",
        # "store trained models with metadata (who trained it, what data, metrics) and promote one to 'prod'"
        r"(?:store|keep) (?:our |the )?trained models with",
        r"promote (?:one|it|a model|the best(?: one)?) to (?:'|\")?prod",
        # "a proper place to keep trained models with versions", "which version is actually serving in each region",
        # "a catalog of models", "a proper home for model files"
        r"(?:place|home) (?:to keep|for) (?:our |the )?(?:trained )?models?(?: files)?"
        r"(?! (?:monitoring|serving|training|deployment|governance|evaluation|tracking))",
        r"which version is (?:actually )?(?:serving|live|deployed|running)", r"catalog of (?:our )?models",
        # "a place to keep the good models", "something like github but for models", "see which model is live and roll
        # back"
        r"(?:place|home|somewhere) to (?:keep|store|put) (?:the |our |all the )?(?:good|best|final|trained|approved|"
        r"production) models?",
        r"(?:github|git|a repo|a repository|version control|docker hub) (?:\w+ )?(?:but )?for models",
        r"which model(?: version)? is (?:live|in prod\w*|deployed|serving)(?:,| and) (?:\w+ ){0,2}roll ?back",
        # "something like git but for trained models", "somewhere to keep approved models", "store and version
        # trained model artifacts", "push each new model somewhere versioned"
        r"git (?:but )?for (?:trained )?models", r"model reg(?![a-z])",  # "need exp tracking + a model reg"
        r"somewhere to (?:keep|put|store) (?:\w+ )?models",
        r"(?:store|version|keep) (?:and version )?(?:\w+ ){0,2}model artifacts",
        r"(?:push|put|keep|store) (?:each |every |the )?(?:new )?models? somewhere versioned",
        # "roll back to yesterday's model in one step", "roll back to the previous model version"
        r"roll ?back to (?:the |a |an )?(?:yesterday's |last week's |previous |prior |older |earlier |last |old )"
        r"(?:good )?models?(?: versions?)?",
        r"(?:a |one )?(?:proper |real |single )?place to (?:put|keep|store) (?:our |the )?models",
        # "keep versioned models with approvals", "a versioned catalogue of trained models", "a place to version and
        # approve models", "model versions and deploy approvals are managed in emails and Excel"
        r"(?:keep|store|track) versioned models", r"versioned (?:catalog(?:ue)?|store|list|inventory|repository) of "
        r"(?:trained |our |the )?models",
        r"(?:place|way|somewhere) to version (?:and (?:approve|promote|tag) )?models",
        r"model versions? (?:and [\w -]{1,30} )?(?:are |is )?(?:managed|tracked|kept|handled|recorded|listed) "
        r"(?:in|via|by|over|through) (?:emails? (?:and |or |\+ )?)?" + SHEET,
                           r"model registry", r"model registries", r"regist(?:er|ry|ering) (?:our |the )?models",
                           r"model version(?:s|ing)",
                           r"promot(?:e|ing|ion of) (?:a |the |our )?models?(?: versions?)?",
                           r"version(?:ing)? (?:our |the )?models", r"model store",
                           # development corpora 18-107: "a clean alias-based promotion flow", "better way to register
                           # and promote?", "a versioned record of every model we ship", "write models to the mlflow
                           # registry automatically"
                           r"promotion (?:flow|process|workflow)s?", r"(?:better|proper|clean) way to register",
                           r"versioned records? of (?:every|each|all) models?",
                           r"write (?:the |our )?models? (?:in)?to (?:the |our )?(?:mlflow |model )?registry",
                           # "how do i version both models together", "version the trained classifier that ships
                           # with it" (not "which label version a model used", "which data version the model was
                           # trained on")
                           r"(?<!data )(?<!dataset )(?<!label )version(?:ing)? (?:our |the |my |both |all |each |every "
                           r"|these |this |those )(?:trained |fine-?tuned |new |final |deployed )?(?:[\w-]+ )?"
                           r"(?:models?|classifiers?|detectors?)(?![\w-])(?! (?:was|were|is) trained)",
                           r"model catalog", r"model management",
                           r"(?:keep track of|know) which (?:model|version|one) is (?:live|in prod\w*|deployed)",
                           r"(?:somewhere|a place) to (?:put|keep|store) (?:our |the |my )?models", r"versioned models",
                           r"(?<=and )keep (?:our |the |my )?(?:trained )?models",
                           r"registered models?",
                           r"(?<!container )(?<!docker )(?<!image )(?<!artifact )(?<!oci )registry",
                           # "no tracking of which fine-tune is deployed", "know which version each site runs"
                           r"(?:track\w*|know\w*|record\w*) (?:of )?which (?:model|version|fine-?tune|checkpoint)s? "
                           r"(?:is|are|was|were) (?:live|deployed|in prod\w*|running)",
                           # "nobody knows which weights are in production", "no idea which model version is
                           # deployed", "nobody can say for sure which checkpoint is the one running in production"
                           r"(?:know\w*|idea|sure|say|tell) (?:you |us |me )?which "
                           r"(?:model|fine-?tune|checkpoint|weights?)(?: versions?)?s? (?:is|are|was|were) "
                           r"(?:\w+ ){0,3}(?:live|deployed|in prod\w*|running|serving|in the field)",
                           # "audit wants to know what's in prod", "can't see what is deployed right now"
                           r"(?:know|tell|see|say|list) what(?:'s| is) (?:currently |actually )?(?:live |running |"
                           r"deployed )?in prod\w*",
                           # "models keep getting lost", "we lost track of our checkpoints"
                           r"(?:models|weights|checkpoints) (?:keep |kept )?(?:getting|get|got|going|go|gone) "
                           r"(?:lost|missing)",
                           r"lost track of (?:our |the |which )?(?:trained )?(?:models|weights|checkpoints)",
        # development corpus 12: "one standard place for runs and trained models"
        r"(?:one|a|single|shared|standard|central) place for (?:our |all |the )?trained models",
        r"(?<=runs and )trained models",
        # "which model version was live on a given date", "what version was in production last March"
        r"(?:which|what) (?:model )?version (?:was|is|were) (?:live|in production|in prod|deployed|serving)",
    ),
    Stage.LLM_EVALUATION: (
        # "how do we measure if the incident summaries are actually correct?"
        r"(?:measure|check|know|tell|verify|test) (?:if|whether) (?:the |our |its |their )?(?:[\w-]+ ){0,2}"
        r"(?:answers|summaries|outputs|responses|replies|translations) (?:are|is) (?:actually |even |really )?"
        r"(?:correct|accurate|right|good|true|faithful|grounded)",
        # development corpus 98: "what do people use to benchmark a prompt change before it ships?"
        r"(?:benchmark|test|evaluate|score) (?:a |the |every |each )?prompt changes?",
        # development corpus 97: "need some way to compare which setup answer better for our HR policy bot"
        r"compare which (?:\w+ ){0,2}answers? better",
        # development corpora 99-105: "how do I measure extraction accuracy per contract type", "measure grading
        # quality against the TAs", "how do I regression-test it when we change prompts?", "need to check it doesn't
        # invent amenities before publishing"
        r"measure (?:the )?(?:extraction|grading|summary|summari[sz]ation|answer|translation) (?:accuracy|quality)",
        r"regression[- ]test (?:it|the \w+|our \w+) when (?:we|i) change (?:the )?prompts?",
        r"check (?:it|that it|the \w+) (?:doesn't|does not|isn't|is not) (?:invent|make up|hallucinat|fabricat)\w*",
        # development corpora 106 and 107: "our own small test set of questions to check them against", "automatic
        # checks on every answer our bot gives", "hand-grade the answers", "evaluate routing plus answers"
        r"(?:our own |small |golden |fixed )(?:small )?test set of (?:questions|queries|prompts)",
        r"checks? on (?:every|each|all) (?:answer|response|output|reply)",
        r"(?:hand-?grade|grade) (?:the |their |its )?(?:answers|responses|outputs)",
        r"evaluate (?:\w+ )?(?:plus|and|\+) (?:the )?answers",
        # development corpus 94: "no way to measure how often it hallucinates", "truthfulness checks for clinical
        # answers", "half the right answers aren't actually grounded in the retrieved context", "how do we measure
        # grounding before we let agents act"
        r"how often (?:it|the [\w-]+|our [\w-]+) (?:hallucinates|makes (?:stuff|things) up)",
        r"measure (?:\w+ ){0,2}(?:grounding|groundedness|faithfulness|hallucinations?)", r"truthfulness checks?",
        r"grounded in the retrieved (?:context|documents|passages|chunks)",
        # development corpus 93: "test the redaction prompt against a fixed set of cases before every release"
        r"test (?:the |our |each |every )?(?:[\w-]+ )?prompts? against (?:a |our )?(?:fixed |golden |known |small )?"
        r"(?:set|suite|list) of (?:test )?(?:cases|examples|inputs|questions)",
        # corpus 91: "a way to evaluate output quality before clinicians see it", "how would we evaluate which one's
        # output is actually good?", "how do you evaluate whether the swap makes answers worse?", "a way to check
        # answers aren't wrong before launch"
        r"evaluat\w* (?:the )?(?:output|answer|response|summary|generation)s? quality",
        r"evaluat\w* (?:which|whether|if) (?:[\w'’]+ ){0,6}(?:outputs?|answers?|responses?) "
        r"(?:is |are |got |get |gets )?(?:actually )?(?:good|better|worse|right|wrong)",
        r"evaluat\w* whether (?:[\w'’]+ ){0,4}makes? (?:the )?(?:answers|outputs|responses) (?:better|worse)",
        r"check (?:that )?(?:the )?(?:answers|outputs|responses) (?:aren't|are not|arent) "
        r"(?:wrong|made up|hallucinated)",
        # "check llm answer quality in ci with metrics", "test my llm app against prompt injection in ci"
        r"(?:check|test|score|measure) (?:the )?(?:llm|rag|chatbot|bot|agent|model) (?:answer|output|response)s? "
        r"quality",
        r"test (?:my |our |the )?(?:llm|rag|chatbot|agent) (?:app|bot|application)? ?(?:against|for) (?:prompt "
        r"injections?|jailbreaks?|attacks?)",
        # development corpus 77: "pairwise LLM-judge comparisons", "a way to measure retrieval", "test tool descriptions
        # like unit tests", "side-by-side prompt A/B on a fixed dataset" (and "LLM-as-judge", corpus 98)
        r"llm[- ](?:as[- ](?:an?[- ])?judge|judge (?:comparisons?|evals?|evaluations?|grading|scoring))",
        r"measur\w* (?:the |our )?retrieval\b",
        r"test (?:the |our |my )?(?:tool descriptions|prompts|system prompts?) like unit tests",
        r"prompt a/?b\b",
        # "trace and evaluate our llm calls"
        r"evaluat(?:e|ing) (?:the |our |all |every )?(?:llm|agent) (?:calls|outputs|responses|answers)",
        # "rag evaluation metrics", "evaluate our RAG pipeline", "chatbot answer evaluation"
        r"(?:rag|retrieval|llm|chatbot|agent) (?:pipeline |app |answer |output )?evaluation",
        r"evaluat\w* (?:(?:my|our|the|a) )?(?:rag|retrieval|llm|chatbot) (?:pipelines?|apps?|answers|outputs|system)",
        # "we should have tests to verify regressions when prompt is changed"
        r"tests? (?:\w+ ){0,3}regressions? (?:\w+ ){0,2}(?:when|after|on|for|whenever) (?:the |a |every |each |any )?"
        r"(?:system )?prompts?",
        # "how do ppl measure retrieval quality", "how do we evaluate whether results are relevant", "comparing prompt
        # versions side by side", "measure faithfulness before every release", "evals for our fine-tuned llms are a
        # mess"
        r"measure (?:the )?retrieval quality",
        r"evaluate whether (?:the )?(?:results|answers|responses) are (?:relevant|correct|good|right)",
        r"compar\w* prompt versions",
        r"measure (?:the )?faithfulness",
        r"evals (?:for|of) (?:our |the )?(?:fine-?tuned )?(?:llms?|models|agents?|prompts) (?:are|is) a mess",
        # "a real test set and some automated scoring", "measure how often it makes up regulations", "adversarial test
        # conversations", "test it against a set of real intake forms", "prompt experiments", "some kind of quality
        # scoring"
        r"measure how often (?:it|the bot|the model|the assistant) (?:makes|gets|hallucinat|invents)",
        r"test conversations",
        r"test (?:it|them|the bot|the model) against (?:a |our )?(?:set|sample|list) of",
        r"prompt experiments",
        r"quality scoring",
        # "some way to test answers before prompt changes ship", "something that scores the outputs before every
        # release"
        r"test (?:the |its |our |their |bot'?s? |model'?s? )?(?:answers|responses|replies|outputs|generations)\b",
        r"scores? (?:the |its |our )?(?:answers|responses|replies|outputs|generations|summaries)\b",
        # "a golden-question regression suite for the agent", "regression tests for the chatbot's answers"
        r"(?:golden[- ](?:questions?|answers?|set)|regression) (?:suite|tests?|set)s? (?:for|of|against|on) "
        r"(?:the |our |a )?(?:[\w'-]+ ){0,2}(?:agents?|bots?|chatbots?|assistants?|llms?|rag|copilots?|prompts?|"
        r"answers?)\b",
        # "building an eval set for our medical QA bot"
        r"(?:eval|evaluation|golden|test) (?:set|dataset)s? (?:for|of) (?:our |the |a |an )?(?:[\w-]+ ){0,3}(?:bot|"
        r"chatbot|assistant|agent|llm|rag|copilot|prompts?)\b",
        # "want to know if changing the chunk size makes answers better", "check whether the new prompt made the
        # responses worse": whether a change helps the answers is what an evaluation measures
        r"(?:know|tell|see|measure|check|test|verify|prove|show) (?:if|whether) (?:[\w'-]+ ){0,6}(?:makes?|made|"
        r"improves?|improved|hurts?|hurt|helps?|helped|changes?|changed) (?:the |our |my )?(?:answers?|responses?|"
        r"outputs?|completions?|retrieval|generations?|replies)(?: (?:any )?(?:better|worse))?",
        # "no systematic way to know whether a prompt change made things better or worse" (a prompt's or a retriever's
        # change: a plain "change" is as often a classic model's)
        r"(?:know|tell|see|check|measure) (?:if|whether) (?:a |the |our |that |this |each |every )?(?:prompt|"
        r"system prompt|retrieval|retriever|chunking) (?:change|tweak|swap|update|edit)s? (?:made|makes|has made) "
        r"(?:it|things|them) (?:better or worse|worse or better|worse|better)",
        # "want to know if the agent gets worse after prompt changes" (of an LLM app's own words: "the model gets
        # worse" is as often a classic model's drift)
        r"(?:know|tell|see|check|catch|notice|spot) (?:if|whether|when) (?:the |our |my |its )?(?:[\w-]+ )?(?:agent|"
        r"bot|chatbot|assistant|llm|copilot|rag|answers?|responses?|outputs?|replies) (?:gets?|got|is getting|are "
        r"getting|goes|went|becomes?|became) worse",
        # asked how: "how do ppl actually test this stuff before it goes out", "how do people even measure 'good'",
        # "how do i even debug/score retrieval quality", "checks on outputs before they reach users", "a way to
        # compare a new model version before we swap", "a/b testing two prompts in prod"
        r"how do (?:people|ppl|you|folks|teams|others|i|we) (?:actually |even |usually )?(?:test|evaluate|eval|"
        r"measure|score|check|qa|validate) (?:this|these|it|that|llm|(?:the|their|your|our)"
        r"(?! (?:raw |input |incoming |training )?(?:data|datasets?|tables?|features?|schemas?|csvs?|files?)\b)|"
        r"prompts?|outputs?|answers?|responses?|rag|chatbots?|bots?|retrieval)",
        r"(?:debug|score|measure|evaluate|test|check|assess|track)(?:/(?:debug|score|measure|evaluate|test))? "
        r"(?:the |our )?(?:retrieval|rag|answer|response) (?:quality|accuracy|relevance)",
        r"measure (?:'|\")?good(?:'|\")?", r"checks? on (?:the )?(?:llm |model |generated |bot )?outputs?",
        r"compare (?:a |the )?new model version", r"a/b test\w* (?:two |different |our )?prompts",
        # "online eval / hallucination flagging on live traffic", "measure hallucination rate on a test set"
        r"hallucination (?:rates?|flagging|detection|checks?|scor\w+|metrics?)",
        r"online evals?",
        r"(?:measure|score|scoring|detect\w*) (?:the )?hallucinations?",
        # "a prompt test suite that runs before deploy", "regression tests for prompts"
        r"prompt (?:test|regression) (?:suite|tests?)",
        # "a way to test prompt changes before they go out"
        r"test (?:our |the |any |new )?(?:prompt|bot|chatbot|llm|agent|rag|assistant|system prompt) (?:changes|edits|"
        r"tweaks|updates|versions) before (?:we |they |it )?(?:deploy\w*|ship\w*|go(?:es)? (?:out|live)|releas\w*|"
        r"push\w*|merg\w*)",
        r"regression tests? for (?:our |the )?prompts",
        r"test suites? for (?:our |the )?prompts",
        # "how to evaluate which model is better, GPT or an open one", "score summary quality", "checking LLM outputs"
        r"evaluat\w* which (?:model|llm|prompt|version|one) is better",
        r"score (?:the )?(?:summary|answer|response|output|translation|generation) quality",
        r"check(?:ing)? (?:the )?(?:llm|model|bot|agent) outputs",
        # "prompt tests in ci", "llm unit tests", "unit tests for our prompts"
        r"(?:prompt|llm|rag|agent|chatbot) (?:unit |regression )?tests",
        r"(?:unit )?tests for (?:our |the |my )?(?:prompts|llm (?:apps?|outputs|calls)|agents?|chatbots?)",
        r"(?:regression )?tests? for (?:our |the |my )?prompt (?:changes|edits|versions|updates|tweaks)",
        # "compare two prompt variants on a fixed set of questions", "automated faithfulness checks", "LLM-as-judge",
        # "automated scoring of traces", "turn the bad ones into test cases"
        r"compare (?:two |the |our )?prompt (?:variants|versions)",
        # "compare LLM prompts side by side"
        r"compare (?:\w+ ){0,2}prompts (?:side by side|against each other|head to head)",
        r"(?:automated )?faithfulness(?: (?:checks|scores?|evals?))?",
        # RAG metrics: "context recall", "context precision", "answer relevancy"
        r"context (?:recall|precision|relevanc[ey])", r"answer relevanc[ey]", r"groundedness",
        r"llm[- ]as[- ](?:a[- ])?judge",
        r"(?:automated )?scoring of (?:traces|outputs|answers)",
        r"turn (?:\w+ ){0,3}into test cases",
        r"regression (?:suite|tests?) for (?:\w+ )?prompts",
                           # "how do i know the new prompt version is better before we ship it"
                           r"(?:know|tell|check|see|test) (?:if |whether )?(?:a |the |our |my )?(?:new |changed |"
                           r"updated |edited )?prompt(?: versions?| changes?)? (?:is|are) (?:any )?(?:worse|better)",
                           r"llm eval(?:uation)?s?",
                           # (not a step of a training pipeline: "a pipeline to run train/eval")
                           r"(?<!train/)(?<!training/)(?<!train and )(?<!train & )evals?",
                           r"evaluat(?:e|ing|ion) (?:of )?(?:our |the )?(?:llms?|prompts?|rag|chatbot|agents?|outputs|"
                           r"answers)", r"prompt (?:testing|evaluation)",
                           r"test(?:ing)? (?:my |our |the )?prompts",
                           r"red[- ]team(?:ing)?", r"(?:llm|rag) testing", r"llm as a judge", r"llm evaluation",
                           # "flag bad answers", "catch hallucinated responses"
                           r"(?:flag|catch|detect|score|grade|spot) (?:the )?(?:bad|wrong|poor|low[- ]quality|"
                           r"hallucinated|"
                           r"incorrect) (?:answers|responses|outputs|replies|generations)",
                           r"golden (?:sets?|q&a|questions|answers|datasets?|examples|pairs)",
                           r"(?:fixed|golden|test) (?:question|prompt) sets?",
                           # wanting to know ("a way to tell whether the answers are any good"); "we can't tell
                           # if answers got better" is the pain, read apart
                           r"(?<!can't )(?<!cannot )(?<!can not )(?<!don't )(?<!do not )(?<!never )"
                           r"(?:measure|know|tell|check|see) (?:if|whether|how good) (?:the |our |my |its |their )?"
                           r"(?:[\w-]+'s )?"
                           r"(?:summaries|answers|outputs|responses|completions|suggestions|replies|generations|"
                           r"retrieval)(?: (?:are|is) (?:any good|good|ok|okay|fine|right|correct|accurate))?",
                           r"test(?:ing)? (?:the |our |my )?(?:agents?|chatbot|bot|assistant) before",
                           r"benchmark\w* (?:\w+ ){0,3}(?:llms?|models?) on",
                           # "evaluate the fine-tuned models before shipping", "benchmark our fine-tuned
                           # checkpoints"
                           r"(?:evaluat\w*|benchmark\w*|scor(?:e|ing)) (?:of )?(?:our |the |a |an |each |every |"
                           r"all )?fine-?tuned (?:[\w-]+ )?(?:models?|llms?|checkpoints?|adapters?|versions?)",
                           r"mmlu", r"hellaswag",
                           r"(?:retrieval|rag|answer) (?:metrics|quality evals?)",
                           # prompt regression tests: "catch regressions whenever I change the system prompt"
                           r"catch (?:prompt )?regressions", r"prompt regressions?",
                           # "an automated quality score on each answer", "automated hallucination checks",
                           # "a test set we run before changing prompts"
                           r"(?:automated |automatic )?(?:quality )?scor(?:e|es|ing) (?:on |of |for )?"
                           r"(?:each |every |the )?"
                           r"(?:answers?|responses?|outputs?|conversations?|calls?|generations?)",
                           r"hallucination (?:checks|detection|tests|scores?|metrics)",
                           r"test sets? (?:\w+ ){0,3}before (?:changing|shipping|we change|editing) "
                           r"(?:the |our )?prompts?"),
    Stage.SOURCE_CONTROL: (
        # "need somewhere to version models and code properly"
        r"version (?:our |the |my )?(?:models? and |notebooks? and )?code",
        # "somewhere for the code to live besides laptops", "a place to keep our code"
        r"(?:somewhere|a place|someplace|a home) (?:for|to keep|to put|to store) (?:the |our |my |all )?(?:code|"
        r"scripts|notebooks and code|repos?)(?! reviews?)",
        # "the training code isn't even in git", "my code isn't in any repo"
        r"(?:code|notebooks?) (?:isn't|is not|isnt|aren't|are not|arent) (?:even )?in (?:any |a )?(?:repo|git|"
        r"version control)",
        # "we need code in a proper repo"
        r"code in (?:a |an )?(?:proper |real |shared |central )?(?:git )?repo(?:sitory)?\b",
        r"source control", r"version control", r"code versioning", r"git(?:hub|lab)? repos?",
                           r"git (?:server|hosting)",
                           r"(?:code|it|everything|notebooks|scripts|prompts) (?:in|into) git",
                           # "none of the code is in git"
                           r"none of (?:the |our )?(?:code|notebooks|scripts) (?:is|are) in (?:git|a repo|version "
                           r"control)",
                           # what they lack: "no git, no CI/CD", "none of them use git", "we don't even use git
                           # properly", "a Colab that isn't in any repo"
                           r"(?<=no )git(?! lfs)", r"(?:none|any) of (?:them|us) uses? git",
                           r"use git (?:properly|correctly|consistently|at all)",
                           r"(?:isn't|is not|aren't|are not|not) in (?:any|a) (?:git )?repo(?:sitory)?"),
    Stage.CI_CD: (
        # "rollback + regression tests for model updates"
        r"regression tests? for (?:the |our |new )?models?(?: updates?| versions?| changes?| releases?)",
        # "every new model automatically tested against a frozen set before rollout", "roll model updates out to 60
        # sites safely"
        r"(?:every|each) (?:new )?(?:[\w-]+ )?models? (?:is |gets )?(?:automatically|auto-?) ?tested",
        r"roll (?:the |our |new )?models?(?: updates?)? out",
        # "we want same like pipeline for ML models, test and deploy automatically", "need to test and deploy models
        # automatically"
        r"test and deploy (?:the |our |them |it |models? |ml models? )?(?:automatically|on (?:every|each) "
        r"(?:merge|commit|push))",
        # "packaging models as images and promoting them through environments"
        r"promot\w* (?:them|models|it) through (?:the )?environments",
        # "automatic comparison against the live model and promotion if it wins", "a repeatable, automated deploy"
        r"promot(?:e|ion|ed) (?:it )?if it wins",
        r"(?:repeatable,? )?automated deploy(?:s|ments?)?",
        # "automate model deploys with tests in front of them", "blocks the PR if accuracy drops", "we do CI for the
        # app but none for the models"
        r"automat(?:e|ing) (?:the |our |model )*deploy\w*", r"blocks? the (?:pr|merge)", r"fails? the (?:pr|build)",
        r"(?:none|no ci|no tests?) for the models", r"ci (?:for|on) (?:the |our )?models",
        r"blocks? (?:a |the )?deploy\w*",
        # "automatic deployment", "a way to redeploy without SSHing into a box"
        r"automatic (?:deploy\w*|releases?|redeploy\w*)", r"re-?deploy (?:\w+ ){0,2}without (?:ssh\w*|logging in|"
        r"manual\w*|touching)",
        
        # "a regression gate before prompt changes merge", "open a PR with the metrics diff"
        r"regression gate",
        r"open a pr with the metrics",
        r"ci ?/ ?cd", r"ci-cd", r"cicd", r"ci and cd", r"ci ?& ?cd", r"continuous (?:integration|delivery|"
                  r"deployment|training)", r"ci(?: pipelines?)?", r"cd(?: pipelines?)?",
                  r"on (?:every |each )?(?:merge|push|commit|pr|pull request)", r"block(?:s|ing)? the merge",
                  r"build pipelines?",
                  r"automated (?:tests|testing|deploys|deployments)", r"ct", r"gitops",
                  # "real tests before anything gets promoted"
                  r"(?:real |proper |automated )?tests before (?:anything|it|models?|we) "
                  r"(?:gets? )?(?:promoted|deployed|merged|ships?)"),
    Stage.CONTAINERS: (r"package (?:my |our |the )?(?:environment|env|envs|environments)",
                       # "python dependency hell deploying my model", "works on my machine, breaks on the server"
                       r"dependency hell", r"works on my (?:machine|laptop),? (?:but )?(?:breaks|fails|crashes|"
                       r"doesn't work|does not work) (?:on|in) (?:the )?(?:server|prod\w*|cluster|ci)",
                       # "package the model with its whole environment"
                       r"package (?:the |our |my |a |each )?models? with (?:its|their|the) (?:whole |entire |full )?"
                       r"(?:environment|env|dependencies|deps)",
                       # "environment mismatch every run. want reproducible environments"
                       r"reproducible (?:runtime |python |software |training )?(?:environments?|envs?)",
                       # "so environments stop drifting", "python envs keep drifting between machines" (software, not
                       # a model's data)
                       r"(?:environments?|envs?|dependencies|deps|package versions) (?:\w+ ){0,2}?"
                       r"(?:stop |keep |kept )?drift(?:ing|s|ed)?",
        # "now want to push the images to our registry"
        r"push (?:the |our )?(?:docker |container |model )?images? to (?:our |a |the )?(?:own )?(?:container )?"
        r"registry",
        # "models to arrive as proper images with pinned dependencies"
        r"(?:arrive|come|ship\w*|deliver\w*) as (?:proper |real |docker |container |oci )+images",
                       # "model packaging", "how do people normally package this"
                       r"model packaging", r"packag(?:e|ing) (?:this|it|them)(?= *(?:[-–?,.]|$))",
                       r"(?:model|it) in a container", r"containeri[sz]e (?:the |our |a |my )?model",
                       r"containers?", r"containeri[sz](?:e|ed|ing|ation)", r"docker images?", r"packag(?:e|ing) "
                       r"(?:our |the )?models", r"container images?", r"dockeri[sz](?:e|ing)",
                       r"packag(?:e|es|ing) (?:our |the )?models", r"packag(?:e|ing)(?=[/ ](?:and |& |\+ )?serve)",
                       r"oci (?:artifacts?|images?)",
                       # "serving where every dependency is baked into the image ahead of time"
                       r"(?:dependenc\w+|requirements|environments?|everything) (?:\w+ ){0,2}baked into "
                       r"(?:the |an? |our )?(?:docker |container )?images?",
                       # "run the training script with exactly the same environment and libraries as me"
                       r"(?:exactly )?the same (?:python )?(?:environment|env) (?:and|&|with the same) "
                       r"(?:libraries|dependencies|packages)",
                       r"packag(?:e|ing) (?:it|them) in(?:to)? (?:a |an )?(?:container|docker image)",
                       r"(?:container|docker|image|oci) registr(?:y|ies)"),
    Stage.WORKFLOW_ORCHESTRATION: (
        # development corpus 92: "get it out of the notebook and scoring players every day on a schedule"
        r"scor(?:e|es|ing) (?:the |our |all |new )?[\w-]+ (?:every (?:day|night|week|hour|morning)|daily|nightly|"
        r"weekly|hourly) on a schedule",
        # "simplest way to schedule nightly batch scoring?"
        r"schedul(?:e|ing) (?:the |our )?(?:nightly |daily |weekly |monthly |hourly )?batch (?:scoring|inference|"
        r"predictions?|jobs?)",
        # "we need the re-forecast to run on a weekly schedule instead of someone clicking run"
        r"(?:to )?run on an? (?:weekly|daily|nightly|monthly|hourly|fixed|regular) schedule",
        # "need retries and a real queue", "the simplest path from notebook to a daily job"
        r"retries and (?:a )?(?:real |proper )?(?:job )?queue", r"(?:to|into) a (?:daily|nightly|weekly|scheduled) job",
        # training wanted on a schedule: "I'd like training on a schedule", "would love that on a schedule instead of
        # on me", "we want that scheduled", "retrain every 10 days"
        r"(?:re-?)?training on a schedule", r"(?:that|this|it|them) on a schedule instead of",
        r"(?:(?:would|we'd|i'd) )?(?:want|need|like|love)\w* (?:that|this|it|them|these|those) (?:to be |to get )?"
        r"scheduled",
        r"retrain\w* (?:it |them |the models? )?every (?:\d+ |few |couple of |other )?(?:days?|weeks?|months?|nights?|"
        r"hours?|morning|monday|week)",
        # development corpus 81: "automatic retries with backoff for our scheduled jobs", "a scheduler that actually
        # tells us when a job died"
        r"retr(?:y|ies) with (?:exponential )?backoff", r"automatic retries for (?:our |the )?(?:\w+ )?jobs",
        r"scheduler that (?:\w+ ){0,2}(?:tells|alerts|notifies|pages)",
        # development corpus 73: "get to scheduled training jobs", "the smallest set of additions to train, schedule
        # and monitor one model"
        r"scheduled (?:training|retraining|model|scoring) (?:jobs?|runs?)",
        # "need simple way to run the training every week", "something to schedule the retraining"
        r"(?:way|tool|something) to (?:run|schedule|trigger|start) (?:the |our |my )?(?:re)?training"
        r"(?: jobs?| scripts?)? (?:every|each|daily|nightly|weekly|monthly|on a schedule|automatically)",
        r"(?:train|build|deploy),? schedule(?=,? (?:and )?(?:monitor|deploy|serve|retrain))",
        # "I'd like the monthly run to be a scheduled job that just happens"
        r"(?:a |be a )scheduled job",
        # "we need this to just run by itself", "want the daily refresh to run on its own", "something that runs by
        # itself"
        r"(?:this|it|them|that|the (?:\w+ )?(?:refresh|job|report|scoring|notebook|script|export|load)s?) to (?:just )?"
        r"run (?:by (?:it|them)sel(?:f|ves)|on (?:its|their) own)", r"something that runs by itself",
        # "want schedules defined in code/git", "gitops for pipeline schedules", "recurring runs defined in a repo"
        r"(?:pipeline )?(?:schedules|recurring runs) (?:\w+ ){0,2}(?:in|from) (?:code|git|a repo|the repo|yaml)",
        r"gitops for (?:\w+ )?schedules",
        # "fan it out over more machines + put it on a schedule"
        r"(?:put|run|get) (?:it|them|this|that|these|the (?:jobs|scripts)) on a schedule",
        # "I'd like retrain + redeploy on a schedule"
        r"(?:retrain\w*|re-?train\w*|redeploy\w*|rebuild\w*|refresh\w*|retraining and redeploy\w*) (?:(?:\+|and|&) "
        r"(?:retrain\w*|redeploy\w*|deploy\w*|rescor\w*) )?on a schedule",
        # "some kind of scheduling", "proper scheduling for the retrains"
        r"(?:some (?:kind|sort) of|proper|real|basic|simple) scheduling\b(?! (?:of|for) (?:the )?gpus?)",
        # "how do people chain these so scoring refuses to run on stale inputs", "want parallelism, retries"
        r"chain (?:these|them|the jobs|the steps|steps)",
        r"parallelism,? (?:and )?retries|retries,? (?:and )?parallelism",
        # "turn notebooks into proper scheduled jobs"
        r"(?:turn|turning|convert\w*|make|making) (?:[\w']+ ){0,2}notebooks? into (?:proper |real )?scheduled (?:jobs|"
        r"runs|tasks|workflows)",
        # "retry the steps that fail", "retries for failed tasks"
        r"retr(?:y|ies|ying) (?:the |any )?(?:failed |failing )?(?:steps|tasks|jobs)(?: that fail\w*)?",
        r"retries (?:for|of|on) (?:the )?(?:failed |failing )?(?:steps|tasks|jobs)",
        # "how do you schedule notebooks?", "want it weekly and automatic"
        r"(?:schedul\w+|cron) (?:\w+ )?notebooks",
        r"(?:want|need) it (?:to run )?(?:weekly|daily|nightly|monthly|hourly)|(?:weekly|daily|nightly|monthly) and "
        r"automatic",
        # "a job that pulls fresh data every night, retrains the model and alerts the team when it fails"
        r"(?:job|task) that (?:\w+ ){0,4}every (?:night|day|morning|hour|week)",
        r"alerts? (?:the team |us |me |someone )?(?:when|if) (?:it|the job|a run|a step) fails",
        r"(?:run|running) notebooks as (?:scheduled|parameteri[sz]ed)",
        
        # "moving off cron, what next?"
        r"(?:moving|move|migrating|migrate) off cron",
        r"replac(?:e|ing) (?:our )?cron",
        r"workflow orchestration", r"orchestrat(?:e|ion|or|ing)", r"pipeline orchestration",
                                   r"(?<!review )(?<!approval )(?<!current )workflow (?:engines?|tools?|managers?|"
                                   r"orchestrators?|schedulers?|systems?)",
                                   # (not GPUs shared out: "fair-share scheduling and a queue for GPU jobs",
                                   # "something that schedules jobs across the cluster")
                                   r"schedul(?:e|es|er|ing) (?!(?:for |of )?(?:the |our )?gpu )"
                                   r"(?:(?!gpus?\b)[\w+-]+ ){0,5}(?:jobs|pipelines|runs|tasks|scripts)"
                                   r"(?! (?:across|on|onto|over) (?:the |our |a |many )?(?:cluster|gpus?|nodes?|"
                                   r"machines))",
                                   r"schedul(?:e|ing) (?:them|this|these|it)(?![a-z])",
                                   r"schedul(?:e|ing) (?:the |our )?(?:model )?(?:re-?)?training",
                                   r"dags?",
                                   r"cron(?: jobs)?", r"job schedul\w+", r"schedulers?",
                                   r"backfill(?:s|ing)?(?! (?:of )?(?:the |our )?features)",
                                   r"(?:automat\w*|run\w*|re-?train\w*) (?:\w+ ){0,4}on a schedule",
                                   r"scheduled re-?trains?",
                                   r"schedul(?:e|ing) (?:a |the )?(?:weekly |monthly |nightly |"
                                   r"daily )?re-?train\w*", r"(?:this|it|them) scheduled",
                                   r"re-?training schedules?",
                                   r"schedul(?:e|ing) (?:the |our )?re-?trains?",
                                   # "retraining to be scheduled whenever new data lands", "scheduled retraining"
                                   r"(?:re-?training|training|jobs?|runs?) to be scheduled",
                                   r"scheduled re-?train(?:s|ing)?",
        # development corpus 47: "the pieces that let me schedule the forecast", "could something run it every month on
        # a schedule"
        r"schedule (?:the|my|our) (?:\w+ )?(?:forecasts?|reports?|scoring|retrain\w*|training|notebooks?|scripts?)",
        r"run (?:it|them|this) (?:every (?:day|week|month|night|morning|monday)|monthly|weekly|daily|nightly) on a "
        r"schedule",
    ),
    Stage.COMPUTE: (
        # more machines than one for a job: "training script too slow on one machine", "pandas runs out of memory on
        # a big csv", "our pandas scripts run out of memory on one machine"
        r"(?:too slow|slow|takes (?:forever|ages|days|hours)) on (?:one|a single|my) (?:machine|node|gpu|box|laptop|"
        r"workstation)", r"(?:runs?|running|ran) out of (?:memory|ram)",
        # "burst capacity somewhere else for training spikes"
        r"burst (?:gpu )?capacity",
        # "a shared notebook environment with some GPU", "hosted notebooks with a GPU"
        r"(?:(?<=notebook )|(?<=notebooks )|(?<=jupyter )|(?<=jupyterhub )|(?<=environment )|(?<=workspace )|"
        r"(?<=workspaces ))with (?:a |some |shared |enough )?gpus?",
        # development corpora 34-41: "looking for better GPU packing/scheduling", "a proper queue for the jobs", "a
        # setup where jobs can share them", "fire training off to AWS Batch on spot", "send the jobs to RunPod GPUs",
        # "run a notebook as a job on a bigger EC2 machine that shuts down afterwards", "picks the cheapest region"
        r"(?:gpu|job) (?:packing|placement|scheduling)",
        # "something to schedule GPU jobs fairly"
        r"schedul\w* (?:the |our )?gpu (?:jobs|workloads|training|time)",
        r"(?:a )?(?:proper |real )?(?:job )?queue for (?:the |our )?"
        r"(?:jobs|gpus|training)", r"jobs (?:can |could )?share (?:them|the gpus|gpus|the machines)",
        r"(?:send|push|fire|offload|burst)\w* (?:\w+ ){0,2}(?:jobs?|training|runs?) (?:off )?to (?:\w+ ){0,2}(?:gpus?|"
        r"spot|batch|runpod|ec2|cloud gpus)",
        r"(?:bigger|larger|beefier) (?:ec2 |cloud |gpu )?(?:machine|instance|box)e?s? that (?:shuts|turns|spins|goes) "
        r"(?:down|off)", r"cheapest (?:region|gpus?|instances?)",
        # "looking for better GPU sharing"
        r"gpu sharing",
        # "submit training jobs to the cluster", "somewhere to run long jobs that isn't my laptop", "train on bigger
        # hardware"
        r"submit (?:\w+ )?(?:training )?jobs to (?:the|a|our) (?:gpu )?cluster",
        r"somewhere to run (?:long|big|heavy|longer|bigger) (?:\w+ )?jobs",
        r"train on bigger (?:hardware|machines|gpus)",
        # "we need to parallelize training", "parallelise the sweeps across machines"
        r"paralleli[sz]e\w*", r"paralleli[sz]ation",
        # "a proper scheduler for GPU jobs": GPUs shared out, not a workflow's steps ordered
        r"(?:scheduler|queue|queueing system) for (?:the |our )?(?:gpu|gpus|training) jobs",
        r"(?:gpu|gpus) (?:job )?(?:scheduler|scheduling|queue)",
        # "want a queue for the gpus" (not "waiting in the gpu queue": a pain)
        r"(?:want|need) a queue for (?:the |our )?gpus",
        # "central compute + job submission"
        r"(?:central|shared|pooled) (?:gpu )?compute",
        r"(?:whichever|any) cloud (?:has|with) (?:spare |free |available )?(?:gpus|[ah]\d{2,3}s|capacity)",
                    # not the verb: "the features we compute for training", "to compute embeddings"
                    r"(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\byou )(?<!\bto )compute(?! (?:the|a|an|our|their|its|it|"
                    r"them|features?|metrics?|embeddings?|scores?|stats|statistics|aggregates)\b)(?: / gpus)?",
                    r"gpus?", r"fair[- ]share(?: scheduling)?",
                    # "rent H100s by the hour", "anywhere I can get A100s by the hour", "look at GPU clouds"
                    r"(?:rent|get|find|access to) (?:\w+ ){0,2}(?:[ahbl]\d{2,3}s?|gpus?|\d{4}s?) (?:by the hour|"
                    r"on demand|per hour)",
                    r"gpu clouds?", r"scale (?:it|this|them) out",
                    r"gpu (?:sharing|time|allocation)",
                    r"shar(?:e|ing) (?:the |our )?gpus", r"gpu (?:access|cluster|compute|scheduling)",
                    r"training (?:infra(?:structure)?|compute|clusters?)", r"distributed training",
                    r"(?:scale|scaling) (?:out )?training", r"cluster management",
                    r"burst(?:ing)? (?:out )?(?:to|into) (?:the |a )?(?:public )?cloud", r"gpu packing",
                    r"somewhere (?:that|which) (?:isn't|is not) (?:my|our|a) laptop",
                    # "queue jobs", "something that queues up training jobs"
                    r"queu(?:e|es|ing) (?:up )?(?:\w+ )?jobs", r"queue (?:for |of )?(?:gpu|training) jobs",
                    r"gpu (?:job )?queue",
                    r"(?:launch|submit|run)\w* (?:training )?jobs on (?:\w+ ){0,2}(?:gpus?|gpu clouds?)",
                    # (not a sweep spread over one: "distributed hparam sweep across gpu cluster" is tuning)
                    r"(?:scale|scaling|distribut\w+) (?:(?!hyper|hparam|sweep|tun|hpo|search)\w+ ){0,3}(?:across|over) "
                    r"(?:a |the |our )?(?:gpu )?cluster",
                    r"job queu(?:e|es|ing)", r"queueing", r"gpu quotas?",
                    # "rent a 4090 for fine-tuning", "cheapest way to rent a gpu by the hour"
                    r"rent\w* (?:a |an |some |cheap )?(?:gpus?|a100s?|h100s?|h200s?|l40s?|rtx ?[2-5]090s?|[2-5]090s?|"
                    r"gpu (?:boxes|box|instances?|servers?))",
                    r"spot (?:instances|gpus|capacity|vms|nodes)",
                    # "spread them over more machines", "move training onto AWS", "fighting over gpus, need proper
                    # scheduling"
                    r"(?:spread|scale|distribute|fan)\w* (?:\w+ ){0,3}(?:out )?(?:across|over|onto|to) "
                    r"(?:more |several |multiple |many |other )?(?:machines|nodes|gpus|servers|boxes|workers)",
                    r"mov\w* (?:our |the )?training (?:off \w+ )?(?:on ?to|to|into) (?:the )?(?:cloud|aws|gcp|azure|"
                    r"a cluster|the cluster|gpus)",
                    r"(?:proper|fair|real) (?:gpu |job )?scheduling"
                    r"(?! (?:with|and|plus|\+) (?:retr|alert|depend|backfill))",  # (retries: orchestration)
                    # "need somewhere to train", "a machine to train on", "somewhere to actually run training", "run a
                    # training script on a GPU for a few hours", "a tool that abstracts over clouds"
                    r"(?:somewhere|a place|a machine|a box|hardware) to (?:train|fine-?tune)(?! (?:\w+ )?notebooks?)",
                    r"somewhere to (?:actually )?run (?:the |our |my )?training",
                    r"run (?:a |my |our |the )?(?:training )?(?:scripts?|jobs?) on (?:a |the )?gpus?",
                    r"abstracts? (?:over|across) (?:the )?clouds"),
    Stage.MODEL_SERVING: (
        # development corpora 86-93: "I'd like them served behind an API", "the classifier served with low latency",
        # "where should the model be hosted?", "A/B tests where a slice of users gets the new model first", "swap the
        # model weekly without downtime"
        r"served (?:behind an? (?:rest |http )?(?:api|endpoint)|as an? (?:rest |http )?(?:api|endpoint|service)|with "
        r"low latency|in real[- ]time)",
        r"(?:where|how) (?:should|do|can|would) (?:we |i )?(?:host|serve) (?:the |our |this |a )?(?:[\w-]+ )?models?",
        # development corpora 101-105: "into something the yield team can actually call", "put the model behind a
        # simple app", "how we bring the model in production"
        r"(?:something|an? \w+) (?:the |our |other )?(?:\w+ )?(?:team|app|apps|people|devs|developers|users|backend|"
        r"service|clients?) can (?:actually )?call",
        r"(?:put|get) (?:the |my |our |this )?model behind (?:a |an )?(?:simple |small |little )?(?:app|api|endpoint|"
        r"service|web ?app|website)",
        r"(?:bring|get|take|move|put) (?:the |our |my |this )?models? (?:in|into|to) (?:production|prod)(?![\w-])",
        r"where (?:should|do|can|would) (?:the |our |this )?(?:[\w-]+ )?models? (?:be |get )?(?:hosted|served)",
        r"a/?b tests? (?:where|between|of|for) (?:\w+ ){0,4}(?:models?|rankers?|model versions?|recommenders?)",
        r"(?:slice|share|percent|%) of (?:the )?(?:users|traffic) (?:gets?|sees?|goes to|on) the new model",
        r"(?:swap|update|replace|roll out|redeploy|deploy) (?:the |a |new |our )?models? (?:\w+ )?without (?:any )?"
        r"downtime",
        # "dockerize the model and put an API in front of it", "can I get it scoring in real time?"
        r"(?:put|stick|wrap|expose|slap) (?:an? )?(?:rest |http |simple )?api (?:in front of|around|on top of|over) "
        r"(?:it|them|the models?|our models?)",
        r"scor\w* (?:it |them )?in real[- ]?time",
        # "canary rollout of new model versions on our k8s cluster", "no way to route between model versions": traffic
        # split between models, which a model server does (not one listed in brackets as what they have: "CI/CD is
        # set up (Jenkins -> Argo CD, canary rollouts)")
        r"canary (?:rollouts?|releases?|deploy\w*)(?![^()]*\))",
        r"(?:route|routing|split\w*|shift\w*) (?:\w+ ){0,2}(?:traffic )?between (?:\w+ ){0,2}model(?: versions?|s)\b",
        # "they want the forecasts exposed as an API"
        r"(?:forecasts?|predictions?|scores?|models?) exposed (?:as|via|through) (?:an? )?(?:\w+ )?"
        r"(?:api|endpoint)s?\b",
        r"expos\w* (?:the |our )?(?:forecasts?|predictions?|scores?) (?:as|via|through) (?:an? )?(?:\w+ )?"
        r"(?:api|endpoint)s?\b",
        # "I need to ship it behind our API", "turn the notebook model into an api our app can call", "call the model
        # from our backend": a model others call, said by the engineer who wires it in
        r"(?:ship|put|deploy|serve|expose|run|get|have) (?:it|them|the (?:[\w-]+ )?models?|our (?:[\w-]+ )?models?) "
        r"(?:behind|as|via|through) (?:an? |our |the )?(?:\w+ )?(?:api|endpoint|service)s?\b",
        r"(?:turn|make|convert)\w* (?:it|them|the (?:[\w-]+ )?models?|(?:the|our|my|a) (?:\w+ )?notebook(?: model)?) "
        r"into (?:an? |the )?(?:\w+ )?(?:api|endpoint|service)\b",
        r"call (?:it|the (?:[\w-]+ )?model|our (?:[\w-]+ )?model) from (?:our|the|my) (?:\w+ )?(?:app|backend|service|"
        r"frontend|website|api)",
        # "run an llm on a machine with no internet", "running a vision model on edge devices": where a model runs to
        # answer, said as the machine
        r"run(?:ning)? (?:an? |the |our |my )?(?:[\w-]+ )?(?:llms?|models?) (?:on (?:an? |the |our |my )?(?:\w+ )?"
        r"(?:machines?|edge|devices?|phones?|raspberry|cpus?|laptops?)|offline)\b",
        # "what's the shortest path from notebook to an API?"
        r"(?:path|way|route) from (?:a |the |our |my )?notebooks? to (?:an? |the )?(?:api|endpoint|service|"
        r"prod\w*)",
        # "want to self host whisper on an old GPU": running a model for others to call
        r"self[- ]?host(?:ing)? (?:a |an |the |our |my )?(?:[\w.-]+ )?(?:whisper|llama|mistral|qwen|gemma|llm|"
        r"open[- ]weight "
        r"models?|models?)\b(?! (?:registry|registries|tracking|tracker|gateway|proxy|router|observability|tracing))",
        # "get it onto GPUs with a proper API and some batching"
        r"(?:proper|real|http|rest) api\b",
        # "boss wants predictions in the app by Q2", "get the model's predictions into our product"
        r"predictions? (?:\w+ ){0,2}(?:in|into|inside) (?:the|our) (?:\w+ )?(?:app|apps|product|website|site)\b",
        # "ideally they'd ship something we can just call" (a model as a service the app calls)
        r"something (?:we|they|i|the app|our app|the backend) can (?:just )?call\b",
        # "i've never served a model", "put their model online"
        r"put (?:\w+ ){0,2}models? online", r"(?:never|first time) serv(?:ed|ing) (?:a |an )?(?:\w+ )?models?",
        # "want to serve ~10 small models", "need to serve 3 small sklearn models"
        r"serve (?:[~\w]+ ){0,3}models\b",
        # "put a hugging face transformer behind an API", "A/B two model versions with traffic splitting"
        r"(?:put|serve) (?:a |an |our |the )?(?:[\w-]+ ){0,2}(?:transformers?|models?) behind an api",
        # "need it behind an API", "want our models behind an endpoint"
        r"(?:it|them|(?:the|my|our) models?) behind an? (?:api|endpoint|rest api|http endpoint)\b",
        # "first time putting a model in production"
        r"(?:never|first time) (?:put|putting|deployed|deploying|shipped|shipping) (?:a |an |my |our )?(?:\w+ )?"
        r"models? (?:in|into|to) prod\w*",
        r"traffic splitting",
        r"a/b (?:test )?(?:two |the )?model versions",
        # "send 10% of traffic to the new model version first": a split the model server makes
        r"(?:send|route|split|shift|direct)\w* (?:\d+ ?%|a (?:slice|fraction|percentage|bit|share)|some|part) of "
        r"(?:the |our )?(?:\w+ )?(?:traffic|requests)",
        # "serves 50k QPS and we need lower latency", "cut our inference latency"
        r"(?:lower|reduce|cut|reducing|cutting) (?:the |our |its )?(?:inference |serving |prediction |p99 |p95 |tail )?"
        r"latency",
        # "my prof wants it deployed as an api", "they need the model deployed as a REST service"
        r"(?:(?<=\bit )|(?<=\bthem )|(?<=\bmodel )|(?<=\bthis )|(?<=\bthat ))deployed (?:as|behind) (?:an? )?"
        r"(?:rest |http |web |grpc )?(?:api|endpoint|service|microservice)\b",
        # "simplest way to run a quantized open weights model on a laptop"
        r"run(?:s|ning)? (?:an? |the |our )?(?:(?:quanti[sz]ed|open[- ]weights?|4-?bit|8-?bit|gguf) )+(?:llms?|models?|"
        r"llama\w*|mistral\w*|qwen\w*|gemma\w*)",
        # "a local llm runner", "run open llms locally"
        r"local llms?(?: (?:runner|server|serving|inference))?(?! (?:apps?|agents?|chatbots?|evals?|evaluation|"
        r"tracing|observability))", r"run(?:s|ning)? (?:open(?:-weight)? )?llms? locally",
        r"model serving", r"serv(?:e|ing) (?:our |the |ml |an? )?(?:[\w-]+ ){0,2}models?",
        r"scale[- ]to[- ]zero",
        # what a model server does under load: "load-aware autoscaling and dynamic batching", "autoscaling on custom
        # metrics like queue size", "routing based on queue depth / KV cache", "a dummy warm-up call from a cron",
        # "reload a model.pkl in a running Flask app"
        r"(?:load|request|queue|traffic)[- ]aware (?:autoscaling|routing|load balancing)", r"dynamic batching",
        r"autoscal\w* (?:on|by|with|based on) (?:custom metrics|queue|requests?|request load|request rate|kv[- ]cache|"
        r"gpu (?:load|usage|utili[sz]ation))",
        r"routing (?:requests )?(?:based on|by) (?:queue depth|kv[- ]cache|load)",
        r"(?:dummy |fake )?warm[- ]?up (?:calls?|requests?)(?= from| every| on| after| to keep)",
        r"reload (?:a |the |our )?(?:new )?(?:models?|[\w-]+\.(?:pkl|pt|onnx|joblib)) in (?:a |the )?running",
                          # "at serving time": when, not a job; "between training and serving": where features differ
                          r"(?<!between training and )(?<!training and in )(?<!training and )(?<!training/)"
                          r"(?<!training-)serving(?! time| skew)",
                          r"models? behind an api",
                          # "serve predictions via a REST API", "a REST API for our model"
                          r"serv(?:e|es|ing) (?:the |our |real-?time |online |live |low-?latency )?predictions?",
                          r"(?:rest|http|grpc|prediction|inference) (?:api|endpoint)s? (?:for|around|in front of) "
                          r"(?:the |our |a |an |my )?(?:[\w-]+ )?models?",
                          r"predictions? (?:via|through|over|behind|from) (?:an? |the |our )?(?:rest |http |grpc |"
                          r"low-?latency )?(?:api|endpoint)s?", r"notebooks? to an? (?:rest )?api",
                          # "something that serves LLMs efficiently", "turns a model into a service"
                          r"serv(?:e|es|ing) (?:the |our )?(?:llms?|open[- ]weight models?|embeddings)",
                          r"turns? (?:a |the |our )?models? into (?:a |an )?(?:service|api|endpoint)",
                          r"serv(?:e|ing) (?:\d+ |a few |a handful of |some |several )?(?:[\w-]+ )?models",
                          r"deploy(?:ing|ment)?(?: of)? (?:our |the |ml |an? )?(?:[\w-]+ )?models?",
                          r"model deployment",
                          # not a step of a delivery pipeline: "deploys go through the same pipelines", "a deploy
                          # step", "deploy to staging, smoke test, promote"
                          # (not how a tool is installed, "deploy Langfuse via Helm", nor where a product runs, "a
                          # SaaS platform or a private deployment")
                          r"(?<!private )(?<!on-prem )(?<!vpc )(?<!hybrid )"
                          r"deploy(?:ment|ments|ing)?(?!(?:'?s)? (?:(?:to )?go(?:es)? through|steps?|stages?|gates?|"
                          r"approvals?|history|to (?:staging|dev|prod\w*|canary)|on merge|via (?:ci|argo|flux|helm|"
                          r"gitops)))"
                          r"(?! [\w.-]+ (?:via|with) (?:helm|terraform|argo|flux|gitops|docker compose)\b)",
                          r"inference(?: endpoints?| servers?| api)?",
                          r"(?:model )?endpoints?", r"model apis?", r"real-?time predictions",
                          r"put(?:ting)? models? (?:in|into) production",
                          r"model servers?", r"serv(?:e|es|ing) (?:it|them|this)", r"serve(?= (?:and|\+|&|or) )",
                          r"(?:put|putting|deploy|deploying) (?:it|them|models?) behind an api",
                          # "a sklearn model to put behind an API"
                          r"(?<=to )(?:put|get|stick) (?:it |them |this )?behind an? (?:rest |http |grpc |web )?api"
                          r"(?! gateway)",
                          # "put it in a container and behind an API?"
                          r"(?<=and )behind an? (?:rest |http )?api",
                          r"roll(?:s|ing)? out (?:a |the )?(?:new )?models?",
                          # "serve Llama for the whole company", "serving open models", "turn notebooks into a service"
                          r"serv(?:e|ing) (?:an? |the |our )?(?:open[- ](?:source |weights? )?)?"
                          r"(?:llms?|llama\w*|mistral|gemma|qwen|models)",
                          r"(?:turn|turning|make|making|wrap|wrapping|expose|exposing) (?:\w+ ){0,3}into (?:a |an )?"
                          r"(?:service|api|endpoint|microservice|rest api)",
                          # "serve a PyTorch image classifier", "hosting for an embedding model"
                          r"serv(?:e|ing) (?:our |the |an? |my )?(?:[\w-]+ ){0,2}(?:classifiers?|detectors?|"
                          r"regressors?|rankers?|embedding models?)",
                          r"(?<!self-)(?<!self )host(?:ing)? (?:for )?(?:an? |our |the |my )?(?:[\w-]+ ){0,2}"
                          r"(?:models?|classifiers?|llms?)(?! (?:registry|hub|weights|files|cards?|gateways?|proxy|"
                          r"proxies|routers?|apps?))",
                          # "wrap our pytorch model in an api", "wrap my sklearn model in an HTTP API"
                          # "turn my trained model into a web api"
                          r"turn\w* (?:[\w-]+ ){0,3}models? into (?:an? )?(?:rest |http |web |grpc )?(?:api|"
                          r"endpoint|service|server)",
                          r"(?:wrap|wrapping|put|putting|expose|exposing) (?:[\w-]+ ){0,5}models? (?:in|as|behind|"
                          r"via) (?:an? )?(?:rest |http |web |grpc |fastapi )?(?:api|endpoint|service|server)",
                          r"served somehow", r"get (?:it|them) served", r"serv(?:e|ing) whatever",
                          # "a proper model registry and a standard way to serve"
                          r"(?:(?<=way )|(?<=place )|(?<=somewhere )|(?<=something )|(?<=tool ))to serve\b"
                          r"(?! (?:[\w-]+ ){0,2}models?\b)",  # (of models, the phrases above)
                          r"openai[- ]compatible (?:api|server|endpoint)s?",
                          r"(?:run|serve|host)\w* (?:\w+ ){0,3}(?:llms?|models?|llama\w*|mistral|gemma|qwen|deepseek) "
                          r"locally",
                          # "run a 7b llm on cpu only", "run llama on my macbook"
                          r"run\w* (?:an? |the |my )?(?:\d+b |small |open[- ]weights? |local )?"
                          r"(?:llms?|llama\w*|mistral|gemma|qwen) on (?:a |the |my )?"
                          r"(?:cpus?|laptops?|macbooks?|macs?|phones?|raspberry pi)",
        # development corpus 47: "a better way to ship these models as a service"
        r"ship (?:these|the|our|this|my|their) (?:\w+ )?models? as (?:a |an )?(?:services?|apis?|endpoints?)",
        # an open model run as a service: "run a llama model on a 16gb laptop", "self-hosted LLM crawls when the whole
        # team hits it"
        r"run (?:an? )?(?:llama|mistral|qwen|gemma|phi|gguf|open[- ]weights?|open[- ]source|local)[\w.-]* "
        r"(?:\d+b )?(?:models?|llms?) (?:on|locally)",
        r"crawls? when (?:\w+ ){0,4}(?:hit|hits|use|uses|call|calls|query|queries) it",
    ),
    Stage.MODEL_MONITORING: (
        # development corpora 94 and 95: "the minimum stack to serve and monitor models", "every model tracked,
        # approved and monitored", "compare offline vs live performance continuously"
        r"(?:serve|deploy|ship|run) and monitor (?:\w+ )?models?",
        r"(?:tracked|approved|versioned|deployed),? (?:\w+,? )?and monitored",
        r"compar\w* offline (?:vs\.?|versus|and|against|to) live performance",
        # development corpus 92: "need some way to see how the model actually does on users' phones", "need to track
        # false positive rate week over week", "watch how it behaves over time", "alerts when the metrics cross
        # thresholds"
        r"see how (?:the |our |each )?models? (?:actually |really )?(?:does|do|performs?|behaves?|is doing) (?:on|in|"
        r"with|for) (?:real |actual )?(?:users'?|customers'?|production|prod|the field|devices|phones)",
        r"track (?:the |our )?(?:false[- ]positive|false[- ]negative|fp|fn|error|precision|recall|accuracy|"
        r"flag(?:ging)?)(?: rates?)? (?:week over week|month over month|over time|in production|in prod|daily|weekly)",
        r"watch how (?:it|the model|the models|they) (?:behaves?|performs?|does|do) over time",
        r"alerts? when (?:the |our |model )?metrics (?:cross|drop (?:below|under)|go (?:below|above|over)|exceed)",
        # "we have 20 models in prod and nobody watches any of them after launch"
        r"(?:nobody|no one|no-one) (?:really )?(?:watches|monitors|looks at|checks on) (?:\w+ ){0,3}(?:after|once) "
        r"(?:launch|deploy\w*|release|go-?live|they(?:'re| are) live)",
        # corpus 90: "what we lack is any idea whether those models still perform a year later", "find out when a new
        # model silently misses detections"
        r"(?:any )?idea (?:whether|if|how) (?:the |those |these |our )?models? (?:still )?(?:perform|work|hold up)",
        r"find out when (?:a |the |our )?(?:new )?models? (?:silently |quietly )?(?:misses|fails|degrades|gets worse|"
        r"drifts|breaks)",
        # "one place to see how every model is performing"
        r"see how (?:every|each|all|our|the) (?:\w+ )?models? (?:is|are) (?:performing|doing)",
        # "know when my model gets worse", "check if this week's data looks different from training", "estimate
        # accuracy when labels arrive months later"
        r"know (?:if|when|whether) (?:my|the|our) models? (?:gets?|is getting|goes|starts? getting) (?:worse|stale|"
        r"bad|wrong)",
        r"(?:data|inputs?|features?) (?:looks?|is|are) (?:\w+ )?(?:different|diffrent|differnt) (?:from|than|to) "
        r"(?:the )?training",
        r"(?:estimate|know|measure) (?:the )?(?:accuracy|performance) (?:when|while|before) (?:the )?(?:labels|ground "
        r"truth) (?:arrive|come|lag)",
        # development corpus 81: "something that watches a deployed model and tells us when to retrain", "compare
        # live predictions against ground truth once it lands"
        r"(?:watch|watches|watching|keeps? an eye on) (?:a |the |our |my )?(?:deployed|live|production|prod) models?",
        r"compare (?:the |our )?(?:live|production|prod) predictions (?:against|to|with) (?:the )?(?:ground truth|"
        r"actuals|labels|outcomes)",
        # "I want models monitored after launch"
        r"(?:want|need|get|have) (?:the |our |all )?models? monitored",
        # "objectif: detect degradation of data and model in production"
        r"detect\w* (?:the )?(?:\w+ )?degradation of (?:\w+ ){0,4}models?",
        # "per-model usage and latency visibility"
        r"per[- ]model (?:\w+ ){0,3}(?:visibility|metrics|dashboards?)", r"(?:latency|usage) (?:and \w+ )?visibility",
        # a model server's own numbers watched: "p99 latency dashboard for the model server", "metrics dashboards for
        # our inference endpoints" (the server is what is watched, not the job sought)
        r"(?:(?:p\d\d |tail )?latency|metrics|throughput|error[- ]rate|gpu) (?:dashboards?|alerts?|panels?) for "
        r"(?:the |our |a |each |every )?(?:model servers?|inference (?:servers?|endpoints?|services?)|model endpoints?|"
        r"endpoints?|models?)",
        # "what we need is for our ETA model to stop silently degrading"
        r"models? (?:\w+ ){0,2}to stop (?:silently |quietly )?(?:degrading|drifting|decaying|rotting)",
        # development corpora 38-41: "I'd like drift + accuracy alerts", "compare against actuals when they come in",
        # "something for deploying it and then watching how it does", "see what happens after we deploy: drift, weird
        # inputs" (not a schema's or a config's drift)
        r"(?<!schema )(?<!config )(?<!configuration )(?<!infra )(?<!terraform )drift(?:ing)?",
        r"(?:accuracy|error|rmse|mape|mae|auc) (?:alerts?|alerting|monitoring|tracking)",
        r"(?:compare|comparing|check|checking|join|joining|match|matching) (?:\w+ ){0,4}(?:against|with|to) (?:the )?"
        r"actuals", r"predictions? (?:vs\.?|versus|against) (?:the )?actuals?",
        r"watch(?:ing)? how (?:it|they|the model|the models) (?:does|do|performs?|is doing|are doing)",
        # "something that tells me when accuracy drops", "alerts if the predictions or the inputs shift", "knowing how
        # it performs week to week"
        r"tells? (?:me|us) when (?:the )?(?:accuracy|performance|metrics?|error) (?:drops|degrades|gets worse|goes up)",
        r"alerts? (?:if|when) (?:the |an? |any )?(?:predictions?|inputs?|data|features?|scores?)(?: distributions?)?"
        r"(?: or the \w+)? (?:shift|drift|change|move)",
        r"(?:know|knowing|see|seeing) how (?:it|the model|our model) (?:performs|is doing|does) (?:week to "
        r"week|over time|in prod\w*|day to day|after (?:launch|deploy\w*|release|go-?live|it goes live)|once "
        r"(?:it's|it is|it goes) live)",
        # "no idea what to monitor for it", "want alerting on both"
        r"what to monitor", r"alerting on (?:both|the predictions|predictions|drift|the model)",
        # "some drift signal on the live model would already be a big step", "drift/error alerts", "PSI on the
        # features", "prediction distribution, drift vs training", "when the input distribution for a model shifts",
        # "a retrain that fires on drift", "request volume per model"
        r"drift (?:signals?|alerts?|checks?|detection)", r"drift/\w+ alert\w*", r"psi (?:on|for|checks?|monitoring)",
        r"population stability", r"prediction distributions?",
        r"(?:input|feature|prediction|score) distributions? (?:\w+ ){0,4}(?:shifts?|drifts?|changes?|moves?)",
        # "ideally alerts on production inputs too"
        r"alerts? (?:on|for) (?:the )?(?:production |prod |live |incoming )(?:inputs?|features?|predictions?|data)",
        r"when (?:the )?drift (?:gets|is|goes|hits)", r"fires? on drift", r"(?:request|traffic) volume per model",
        # "a way to catch drift", "catch data drift before customers do"
        r"catch(?:es|ing)? (?:the |any |data |model |concept |input )?drift(?:ing)?\b",
        # "what we lack is any watching of the model outputs in prod"
        r"watching (?:of )?(?:the )?(?:model|models'?|prediction) (?:outputs|predictions)",
        # "something to watch the models", "what watches the model once it's live"
        r"(?:watch|watches|watching|keep an eye on) (?:the |our |my )?(?:\w+ )?models?",
        # "how do we deploy it and watch it?": the model, once shipped
        "(?:" + "|".join(f"(?<={verb} {it} and )" for verb in ("deploy", "ship", "serve", "release", "launch")
                         for it in ("it", "them")) + r")(?:then )?(?:watch|monitor)(?:ing)? (?:it|them)(?![a-z])",
        # "I need to know if it's drifting", "what do people use to catch that earlier", "nothing about prediction
        # quality", "nobody watches any of them after launch"
        r"know (?:if|when|whether) (?:it's|it is|it|the model is|our model is|they're|they are) (?:drifting|degrading)",
        # "we want to know when they go stale", "tell us when a model gets worse"
        r"(?:know|tell (?:us|me)|told|alert(?:ed)?|notice) (?:if|when|whether) (?:it|they|the models?|our models?|a "
        r"model)(?:'s|'re| is| are)? (?:go(?:es)?|get(?:s)?|going|getting|turn(?:s)?) (?:stale|worse|wrong|bad)",
        # (development corpus 99: "I need to see the decay before customers do", "we only notice degradation when …")
        r"catch (?:that|it|this|drift) (?:earlier|sooner|early)",
        r"(?:see|catch|notice|spot) (?:the )?(?:decay|degradation)(?: (?:earlier|sooner|early))?",
        r"nothing about prediction quality",
        r"(?:nobody|no one) watches (?:any of )?(?:them|it|the models?)",
        r"alert(?:s|ing)? when (?:it|they|that) (?:shift|drift|change)s?",
        # "dashboards showing model accuracy over time", "track our models' precision over time"
        r"(?:model|models'?|prediction|our) (?:accuracy|precision|recall|auc|f1|error rate|performance|quality) "
        r"over time",
        # "a way to know when inputs shift", "how are people watching speech models in prod", "watches for drift"
        r"(?:know|tell|notice|see) when (?:the )?(?:inputs?|features?|predictions?|data) (?:shift|drift|change)\w*",
        r"watch(?:es|ing)? (?:\w+ ){0,2}models? in prod\w*",
        r"watch(?:es|ing)? for drift",
        # "drift report", "tabular drift", "feature drift alerts": drift of a model's inputs or outputs ("schema
        # drift" is the data's shape, a validation matter)
        r"drift (?:reports?|alerts?|alerting|checks?|dashboards?|metrics|tests?|monitors?)",
        r"(?:tabular|feature|prediction|input|concept|covariate|embedding|label|target) drift",
        r"(?:pings?|alerts?|notif(?:y|ies)|warns?) (?:me|us) when (?:the )?(?:\w+ )?"
                             r"(?:distributions?|inputs?|predictions?|data|features?|accuracy|models?) (?:\w+ )?"
                             r"(?:shift|drift|change|go|goes|drop)",
                             r"model monitoring", r"monitor(?:s|ing)?(?: (?:our |the )?models?)?", r"drift detection",
                             r"detect(?:ing)? drift", r"alert(?:s|ing)? (?:us |me )?(?:on|for|about) (?:models|drift)",
                             r"alerts? (?:\w+ ){0,2}when (?:the |our )?(?:predictions?|inputs?|models?|forecasts?|"
                             r"accuracy|scores?) (?:\w+ )?(?:drift|degrade|drop|shift|go wrong|go weird|go off|go bad|"
                             r"look off|look weird|break)\w*",
                             r"observability for (?:ml|models)", r"ml observability", r"model observability",
                             r"drift (?:monitoring|detection|alerts?|alerting)",
                             r"(?:data|model|concept|prediction|feature) drift",
                             r"detect(?:ing|s)? (?:\w+ ){0,2}drift",
                             r"keep(?:s|ing)? an eye on (?:it|them|(?:my |their |our |the )?models?)",
                             # "keep an eye on forecast quality and drift", "alerts when inputs or predictions drift",
                             # "when the forecasts start looking off"
                             r"keep(?:s|ing)? an eye on (?:\w+ ){0,3}(?:quality|drift|accuracy|performance|"
                             r"predictions|forecasts|scores)",
                             r"alerts? (?:\w+ ){0,2}when (?:\w+ ){0,3}(?:inputs?|predictions?|features?|data) "
                             r"(?:\w+ ){0,3}drift\w*",
                             r"(?:tells?|warns?|alerts?) (?:me|us|you|them) when the (?:forecasts?|predictions?|"
                             r"scores?|models?) (?:start|starts|begin|begins)(?: to)? (?:look\w*|go\w*|get\w*) "
                             r"(?:off|weird|wrong|worse|bad)",
                             r"(?:something|anything) (?:for|to catch|to detect|that catches|that detects) drift",
                             # "anything telling us when inputs drift", "know when the model starts going stale"
                             r"(?:know|knowing|tell\w*|notice|noticing|see|warn\w*|alert\w*|flag\w*) (?:us |me |you )?"
                             r"(?:if|when|whether) (?:the |our |my |a )?(?:inputs?|features?|predictions?|data|models?|"
                             r"forecasts?) (?:starts? |begins? |starting |beginning )?(?:to )?(?:shift\w*|drift\w*|"
                             r"degrad\w*|(?:go|goes|going|get|gets|getting|turn|turns) (?:stale|bad|wrong|off))",
                             r"model (?:staleness|decay)",
                             r"watch(?:es|ing)? (?:\w+ ){0,2}models? (?:once|after|when) (?:they|it)",
                             # "something that tells me when the inputs drift", "alerting when forecast error jumps",
                             # "checks model quality after deploy", "performance tracking once labels arrive"
                             r"tells? (?:me|us|you|them) when (?:\w+ ){0,5}(?:drift\w*|degrad\w*|break\w*|go(?:es)? "
                             r"wrong|gets? worse|shifts?)",
                             r"alert(?:s|ing)? (?:\w+ ){0,2}when (?:\w+ ){0,3}(?:error|accuracy|"
                             r"performance|metrics?|loss|mape|rmse)s? (?:jumps?|drops?|spikes?|rises?|falls?|"
                             r"degrades?)",
                             r"model quality (?:after|once|in) (?:deploy\w*|release|launch|prod\w*)",
                             r"performance tracking (?:once|when|after) (?:the )?labels",
                             # "compare this week's inputs to the training set", "production data against training"
                             r"compar\w* (?:\w+ ){0,3}(?:production|live|serving|incoming|new|recent|week'?s?|"
                             r"today'?s?) (?:\w+ ){0,2}(?:inputs?|data|features?|distributions?) (?:\w+ ){0,3}"
                             r"(?:to|with|against) (?:the |our )?(?:training|reference|baseline)",
        # development corpus 47: "alert me when it goes crazy", "tell me when the themes start looking off", "we need to
        # know how the model performs in each clinic after deployment"
        r"alert (?:me|us) (?:when|if) (?:it|the (?:\w+ )?(?:models?|forecasts?|scores?|predictions?|themes?|outputs?)) "
        r"(?:goes|go|starts?|gets?|looks?|drifts?|is|are|turns?)",
        r"tell (?:me|us) (?:when|if) (?:it|the (?:\w+ )?(?:models?|forecasts?|scores?|predictions?|themes?|outputs?)) "
        r"(?:starts?|goes|go|gets?|looks?) (?:looking )?(?:off|wrong|weird|bad|crazy|strange)",
        r"how (?:the|our|each|a|my) (?:\w+ )?models? (?:performs?|is doing|does|behaves?) (?:\w+ ){0,4}(?:after "
        r"(?:deploy\w*|launch|release|go-?live|it goes live)|once (?:it's|it is|it goes|they're|they are) live)",
        # "also want to know if it breaks", "I want to know when the model breaks", "want to know if it stops
        # working", "know when something goes wrong with the model in prod"
        r"know(?:ing)? (?:if|when|whether) (?:it|the (?:\w+ )?model|our (?:\w+ )?model|a model|something) "
        r"(?:breaks|stops working|goes wrong|goes bad|degrades|drifts|fails)(?! to)",
    ),
    Stage.LLM_OBSERVABILITY: (
        # development corpus 98: "I need the full step history per run to see where it starts repeating", "loop
        # detection and wasted-cost per trace", "reasoning-step and tool-call visibility"
        r"(?:full |per[- ]run )?step history", r"loop detection", r"tool[- ]calls? visibility",
        # development corpus 96: "I want every retrieval and tool call logged per conversation", "cost and latency per
        # agent visible somewhere"
        r"(?:tool calls?|retrievals?|prompts?|llm calls?) (?:\w+ ){0,3}logged",
        r"(?:cost|latency|tokens) and (?:cost|latency|tokens) per (?:agent|call|request|conversation|prompt|feature)",
        # development corpus 93: "I want a trace of each crew step", "zero visibility into which tools fired or with
        # what arguments" (and corpus 98: "visibility into the tool calls")
        r"traces? of (?:each|every) (?:crew |agent |chain |graph )?(?:steps?|tool calls?|llm calls?|agent runs?)",
        r"visibility (?:into|on|over) (?:which tools? (?:fired|ran|were called|got called|was called|the agent)|"
        r"(?:the |each |every )?tool calls)",
        # development corpus 92: "want cost broken down by prompt version and endpoint", "request-level cost
        # attribution", "one view of total LLM spend per month", "a log of which step burned the tokens" (not what the
        # GPUs or the cloud cost: that is compute)
        r"(?<!gpu )(?<!cloud )(?<!compute )(?<!infra )(?<!aws )costs? (?:broken down|split|attributed)? ?(?:by|per) "
        r"(?:[\w-]+ ){0,2}(?:prompts?|tenants?|customers?|features?|endpoints?|keys?|agents?|steps?|requests?)"
        r"(?: (?:versions?|ids?))?(?: and (?:[\w-]+ )?(?:prompts?|models?|tenants?|customers?|features?|endpoints?|"
        r"keys?|agents?|steps?|users?|teams?|requests?))?",
        r"(?:request|prompt|call|token|per-request)[- ]level costs?(?: attribution| tracking| breakdown)?",
        # development corpora 84-98: "cost per channel", "spend per play session", "how much we spend per user",
        # "per-client spend dashboards", "per-key, per-model spend limits" (not per run: a training run's cost is
        # compute)
        r"(?<!gpu )(?<!cloud )(?<!compute )(?<!infra )(?<!aws )(?:costs?|spend) (?:broken down |split |attributed )?"
        r"(?:by|per) (?:[\w-]+ ){0,2}(?:sessions?|conversations?|channels?|clients?|users?|routes?|calls?|teams?|"
        r"chats?)(?![\w-])",
        r"per[- ](?:client|key|tenant|customer|channel|session|request)[, ]+(?:per[- ]\w+ )?(?:spend|cost)s?(?![\w-])",
        # development corpora 106 and 107: "see exactly what gets sent out", "see what it's actually telling customers
        # and what each conversation costs", "a trace of every retrieval and LLM call"
        r"see exactly what (?:gets|is|was) sent", r"what each (?:conversation|session|chat|request) costs",
        r"what (?:it's|it is|the bot is|the chatbot is) (?:actually )?telling (?:customers|users|people|clients)",
        r"trace of (?:every|each|all) (?:\w+ and )?(?:llm|model|api) calls?",
        r"view of (?:the |our )?(?:total |overall |all )?(?:llm|openai|token|ai|gpt|model api) (?:spend|costs?|usage)",
        # "a gateway that routes between providers and shows spend per shop"
        r"(?:show|see|track|know|report)s? (?:the )?(?:llm |token |api )?(?:spend|costs?) per (?:shop|tenant|"
        r"customer|team|key|user|feature|client|store|account)",
        r"which (?:step|agent|call|prompt|tool call|user|feature|tenant)s? (?:burned|burnt|used|ate) (?:the |most |all "
        r"the )?tokens",
        # "track tokens-per-request against a baseline and alert when it jumps", "tracking API usage, cost and latency
        # for our LLM calls"
        r"tokens?[- ]per[- ](?:request|call|query|user|conversation)",
        r"track\w* (?:[\w,]+ ){0,6}(?:for|of|on|across) (?:our |the |all |every )?(?:llm|openai|gpt|model|api|ai) "
        r"calls",
        # "something that at least logs what's sent to the LLM and what comes back"
        r"logs? (?:\w+ ){0,2}what(?:'s| is| gets| we) (?:sent|send|paste|pasted) (?:in)?to (?:the |an )?(?:llm|model|"
        r"chatgpt|gpt|api|openai)",
        # "see why the chatbot answered that", "what each user costs us in openai calls"
        r"(?:see|know|understand|find out) why (?:the |our |my )?(?:chat ?bot|bot|llm|agent|assistant|model) "
        r"(?:answered|said|replied|did|responded|chose)",
        r"(?:what|how much) each (?:user|customer|tenant|team) costs? (?:us )?(?:in )?"
        r"(?:llm|openai|gpt|api|model|token)",
        # an LLM bill out of hand, said as the pain: "openai bill exploding, don't know which feature", "our token spend
        # keeps climbing"
        r"(?:openai|anthropic|llm|token|gpt|claude|gemini) (?:api )?(?:bill|spend|costs?|invoice)s? "
        r"(?:is |are |keeps? )?(?:exploding|skyrocketing|blowing up|through the roof|out of control|climbing|"
        r"doubling|tripling)",
        # "one place that logs every LLM call"
        r"logs? (?:every|all|each) (?:of )?(?:our |the )?(?:llm|model|openai|gpt|ai) (?:calls?|requests?)",
        # development corpus 77: "trace MCP tool calls end to end", "per-agent token and latency breakdown", "track
        # tokens-per-request", "detect no-progress loops in traces", "alerting on agent loops", "log every prompt and
        # response"
        r"trac(?:e|es|ing) (?:the |our |all |every )?(?:mcp |agent |llm |model )?tool calls",
        r"per[- ](?:agent|request|feature|call|user|team) (?:token|latency)s?(?: (?:and|&) (?:latency|costs?|tokens?))?"
        r"(?: (?:tracking|breakdown|attribution|monitoring))?\b",
        r"per[- ](?:agent|request|call) (?:costs?|spend)(?: (?:tracking|breakdown|attribution|monitoring))?\b",
        r"tokens?[- ]per[- ](?:request|call|task|user|run|query)", r"token (?:and (?:latency|cost) )?breakdown",
        r"(?:detect\w*|alert\w*|catch\w*) (?:on )?(?:\w+ )?(?:agent|tool[- ]call|no-progress|infinite) loops",
        r"log (?:every|all|each) (?:of )?(?:the |our )?prompts? and (?:the )?(?:responses?|completions?|outputs?)",
        # "some way to trace and eval the LLM calls": tracing, whose object is said after the evaluation beside it
        r"trac(?:e|ing)(?= and (?:eval\w*|test\w*|monitor\w*|log\w*) (?:the |our |all |every )?(?:llm|model|agent|"
        r"openai|gpt|api) (?:calls|requests|runs))",
        # "whatever can trace those calls", "token counts and costs don't show up on the dashboard"
        r"trac(?:e|es|ing) (?:those |these |the |our |all |every )?(?:llm |api |model |bedrock |openai )?calls",
        r"token (?:counts?|usage) and costs? (?:don't|do not|never) show up",
        # "need see token cost and latency per feature", "track token spend per team"
        r"(?:see|track|know|measure|monitor|watch|visibility (?:into|on)) (?:the |our )?token (?:costs?|spend|usage)",
        r"token (?:costs?|spend|usage) and latency",
        # "something like Sentry but for LLM calls", "see what our agents are doing in prod: every tool call", "a single
        # gateway with per-team spend limits and logs", "a single view of quality and cost across all three chatbots"
        r"(?:sentry|datadog|new relic|honeycomb) (?:but )?for (?:llms?|ai|agents?|prompts?|llm calls)",
        r"see what (?:our |the |my )?(?:agents?|bots?|chatbots?|llms?|assistants?|copilots?) (?:is|are) "
        r"(?:doing|saying|"
        r"sending|calling)", r"every tool call",
        # "need to see what the bot answers in production", "one place to see cost and latency of LLM calls"
        r"(?:see|know|read|log) what (?:our |the |my )?(?:agents?|bots?|chatbots?|llms?|assistants?|copilots?) "
        r"(?:answers|says|replies|tells|responds|outputs|(?:is|are) (?:answering|telling|replying|responding))\b",
        r"(?:see|track|monitor|measure|know) (?:the )?(?:costs?|spend|latency|tokens)(?: and (?:costs?|spend|latency|"
        r"tokens|usage))? of (?:the |our |all |every )?(?:llm|api|model|openai|gpt|agent) calls",
        r"(?:single |one |an? )?(?:llm |ai |model )?gateway with (?:\S+ ){0,4}"
        r"(?:spend|cost|budget|usage|logs?|limits?)",
        r"(?:single|one) view of (?:\w+ ){0,4}(?:cost|quality|latency|usage) (?:\w+ ){0,4}(?:chatbots?|bots?|agents?|"
        r"assistants?|llm apps?)",
        # development corpus 40: "traces so I can see what it actually retrieved", "some way to see latency and token
        # throughput", "log every call with cost and latency and replay failures", "a gateway so we can swap between
        # model providers"
        r"traces? so (?:i|we) can see",
        r"see (?:the )?latency and token",
        r"log every (?:llm |api |model )?call",
        r"gateway so (?:we|i) can (?:swap|switch) (?:between )?(?:model |llm )?providers",
        # development corpus 42: "a self-hosted gateway in front so we can swap models, retry across providers and see
        # spend per department", "a more reliable way to track LLM costs"
        r"gateway (?:[\w-]+ ){0,3}so (?:we|i) can (?:swap|switch|route|retry|fail ?over|see)",
        r"track (?:our |the |my )?(?:llm|token|openai|api|model) (?:costs?|spend|usage)\b",
        # "see exactly which prompt and model it ran with", "see every tool call and the cost of each run", "log
        # conversations", "every LLM call logged with latency and cost", "track who's calling what", "request/response
        # logging"
        r"see (?:exactly )?which prompt (?:and (?:model|version) )?(?:it|each request|a request) ran with",
        r"see every tool call",
        r"cost of each (?:run|request|call|conversation)",
        r"log (?:all |every |the )?(?:conversations|chats|llm calls|prompts and (?:answers|responses|outputs))",
        r"(?:every|each|all) (?:llm |model |api )?calls? logged",
        r"track who's calling what",
        r"request/response logging",
        # "visibility into latency and tokens per model"
        r"(?:visibility into|see|track\w*) (?:\w+ ){0,2}(?:latency and tokens|tokens per (?:model|request|call|user)|"
        r"token usage per)",
        # "latency + cost tracking per call", "token cost tracking per request"
        r"(?:latency|token|cost)s? (?:(?:\+|and|&) (?:latency|token|cost)s? )?tracking per (?:call|request|"
        r"conversation|user|prompt|session|customer)",
        # "trace a LangChain agent end to end", "version prompts", "which prompt version produced a trace", "per-feature
        # token + cost breakdown", "capture thumbs-down + the full trace"
        r"trace (?:an? |our |my |the )?(?:[\w-]+ )?(?:agents?|apps?|calls?|chains?) end[- ]to[- ]end",
        r"version(?:ing)? (?:our |the |my )?prompts",
        r"which prompt version (?:produced|made|generated)",
        r"(?:token|cost)s? (?:\+ |and )?(?:token |cost )?breakdown",
        r"per-(?:feature|user|customer) (?:token|cost)s?(?: (?:and|\+) (?:token|cost)s?)?(?: tracking| breakdown|"
        r" attribution)?",
        r"capture (?:\S+ ){0,4}(?:the )?full traces?",
        r"token (?:spend|costs?) per (?:\w+ )?(?:feature|customer|user|team|endpoint|department|conversation|request|"
        r"tenant|project|app)",
        # "observability for the agentic RAG", "observability into our agents"
        r"observability (?:for|of|into|on) (?:the |our |my )?(?:[\w-]+ )?(?:agents?|rag|llms?|llm apps?|chatbots?|"
        r"bots?|assistants?|copilots?|prompts?)\b",
        # "per-prompt cost visibility", "cost analysis on every LLM call", "cost visibility per agent run"
        r"per[- ](?:prompt|llm[- ]call|call|request|completion|conversation|session|agent[- ]run) "
        r"(?:costs?|spend|tokens?)(?: (?:visibility|tracking|breakdown|attribution|analysis|reporting))?",
        r"(?:costs?|spend) (?:visibility|analysis|attribution|tracking|breakdown|reporting) (?:per|on|for|of) "
        r"(?:each |every |all |an? )?(?:llm |api |model |agent )?(?:calls?|prompts?|completions?|sessions?|agent runs?|"
        r"conversations?)",
        # "a trace of each conversation", "traces for every request"
        r"traces? (?:of|for) (?:each|every|all|the) (?:conversations?|chats?|requests?|llm calls?|sessions?|"
        r"agent runs?)",
        # "no visibility into what the production model actually says to users"
        r"visibility into what (?:the |our )?(?:[\w-]+ )?(?:model|llm|bot|chatbot|assistant|agent) (?:\w+ )?"
        r"(?:says|said|answers|tells|replies)",
        # "we literally cannot find the conversation or which tool call went sideways"
        r"(?:can't|cannot|can not|couldn't|could not) (?:even )?(?:find|see|look up|pull up|trace) (?:the |that |a )?"
        r"(?:conversations?|chats?|transcripts?|traces?)(?! (?:history|export))",
        r"which (?:tool calls?|steps?|prompts?|retrievals?|agent steps?) (?:went|go|goes|going) (?:sideways|wrong|off)",
                              # "see every prompt and response our chatbot sends to the llm"
                              r"(?:see|log|record|capture|inspect|trace|keep) (?:\w+ ){0,2}prompts? and "
                              r"(?:responses?|completions?|outputs?|answers?)",
                              r"llm observability", r"llm (?:monitoring|tracing|traces|logging|ops)", r"llmops",
                              # "see what my langchain agent did step by step", "what every agent step cost and how
                              # long each model call took"
                              r"see what (?:my |our |the )?(?:[\w-]+ )?agents? (?:did|does|is doing|was doing)",
                              r"(?:what|how much) (?:every|each) (?:agent )?(?:step|llm call|model call|tool call) "
                              r"(?:cost|costs|took)",
                              r"how long (?:every|each) (?:llm |model |tool )?call (?:took|takes)",
                              # "zero visibility into what the chains do", "see what prompts went out"
                              r"visibility into (?:what )?(?:the |our |my )?(?:chains?|agents?|llms?|llm calls?|"
                              r"prompts?|bot|assistant)", r"see what (?:prompts?|the (?:llm|model|bot|agent)) "
                              r"(?:[\w-]+ ){0,4}(?:went out|sent|sends|said|did|returned|answered)",
                              r"trac(?:e|ing) (?:our |the )?(?:llm|prompts?|agents?|chains?|calls)",
                              # "shows me every prompt + response", "every prompt and response logged for review",
                              # "replay failed calls and see exactly what each step received", "no logs of outputs",
                              # "conversation logging with pii masked"
                              r"(?:every|each|all) (?:prompts?|requests?|calls?|conversations?|questions?) ?(?:\+|and|"
                              r"&|/) ?(?:the )?(?:responses?|answers?|outputs?|completions?|replies)",
                              r"replay (?:\w+ )?(?:calls|conversations|requests|sessions|traces|chats)",
                              r"what each step (?:received|got|returned|did|saw)",
                              r"logs? of (?:the )?(?:llm )?(?:outputs|prompts|responses|conversations|answers|"
                              r"completions)",
                              r"conversation logging", r"logging (?:of )?(?:every |each |all |the )?(?:conversations|"
                              r"chats|llm outputs)",
                              # "no way to see what prompts/answers happened"
                              r"(?:see|know|look at|check|tell) what (?:the )?(?:users? )?(?:prompts?|questions|"
                              r"answers|responses|conversations)(?:/| and | or )?(?:prompts?|answers|responses|"
                              r"questions)? ?(?:\w+ )?(?:happened|went|came|were|was|got)",
                              r"prompt (?:logs|logging|management|versioning)", r"token (?:costs|usage)",
                              # (not a sensor's or a machine's traces, nor ray or contact tracing: "5-30 TB of sensor
                              # traces a day", "ray tracing on the GPUs")
                              r"(?<!ray )(?<!contact )(?<!path )tracing",
                              r"(?<!sensor )(?<!signal )(?<!process )(?<!vibration )(?<!stack )(?<!gps )(?<!waveform )"
                              r"(?<!packet )(?<!equipment )(?<!machine )(?<!oscilloscope )(?<!ecg )(?<!eeg )traces",
                              # "see every step my agent took"
                              r"(?:every|each) step (?:\w+ ){0,2}agents? (?:took|takes|made|makes|did)",
                              r"(?:llm|ai) gateways?", r"(?:cost|spend|token|usage) tracking",
                              r"costs? per (?:customer|user|request|call)",
                              r"log(?:ging)? (?:of )?(?:every |all |each )?(?:prompts?|responses|requests|llm calls)",
                              r"monitor(?:ing)? (?:of )?(?:the )?(?:llm )?(?:calls|outputs|responses)",
                              r"monitor(?:ing)? (?:of )?(?:the )?llm(?: calls| outputs| responses)?",
                              r"observability (?:for|of|into) (?:our |the )?(?:llms?|agents?|prompts?|rag)",
                              # LLM cost and latency visibility: "latency and cost of every LLM call", "spend per
                              # user", "latency per step of each request", "trace each call end to end"
                              r"(?:latency|costs?|spend|tokens?)(?: and (?:latency|costs?|spend|tokens?))? (?:of|per|"
                              r"for) (?:every|each) (?:llm |api |model )?(?:calls?|requests?|steps?|users?)",
                              r"(?:latency|spend) per (?:step|call|request|user|customer)",
                              # "can't see costs or latency" of a shipped LLM app
                              r"(?:can't|cannot|can not|no way to|unable to) (?:even )?see (?:the |our |its |any )?"
                              r"(?:costs?|latency|spend|token usage)(?: (?:or|and|nor|/) (?:costs?|latency|spend|"
                              r"token usage))?",
                              r"trac(?:e|ing) (?:each|every|all) (?:llm |api |model )?(?:calls?|requests?|steps?)",
        # search suite 25: "OpenTelemetry auto-instrumentation for LLM and vector DB calls", "otel tracing for llm
        # calls"
        r"(?:opentelemetry|otel)(?: auto-?instrumentation| instrumentation| tracing| traces| spans)? (?:for|of) "
        r"(?:the |our |my )?(?:llms?|agents?|(?:llm|model|openai) (?:calls|apis?|apps?))",
        r"(?:auto-?)?instrument\w* (?:the |our |my )?(?:llm|openai|agent) (?:calls|apps?|apis?|clients?)",
        # a symptom only tracing answers: "we can't replay what prompt the model actually saw", "which team or
        # feature burned the tokens", "token spend per team"
        r"(?:replay|see|inspect|reconstruct|know|tell) (?:\w+ ){0,2}(?:prompts?|inputs?|context) (?:the |our )?"
        r"(?:model|llm|bot|agent|assistant|it) (?:actually )?(?:saw|got|received|was (?:given|sent))",
        r"which (?:teams?|features?|users?|customers?|apps?|products?)(?: or (?:teams?|features?|users?|customers?|"
        r"apps?))? (?:\w+ ){0,2}(?:burn\w*|spen[dt]|used|uses|consum\w+|ate) (?:the |all the |our |those )?"
        r"(?:tokens|credits|llm budget|openai budget)",
        r"token (?:spend|usage|costs?|bills?) (?:per|by) (?:team|feature|user|customer|app|product)",
    ),
    Stage.VECTOR_SEARCH: (
        # "don't want another database just for embeddings"
        r"(?:database|db|store) (?:just |only )?for (?:the |our |my )?embeddings",
        # "we need hybrid search and per-clinic metadata filtering" (keywords and vectors together)
        r"hybrid (?:vector |semantic |keyword )?search",
        # "internal search over engineering docs with embeddings", "can it do vectors too?"
        r"search (?:over|across|on|of) (?:\S+ ){0,4}(?:with|using|via|based on) embeddings",
        r"(?:can it|does it|could it|can they) (?:also )?(?:do|handle|store|index) vectors",
        # "similarity lookup over embeddings", "search over embeddings"
        r"similarity (?:lookups?|search(?:es)?|quer(?:y|ies))", r"(?:search|lookups?|queries) over (?:\w+ )?embeddings",
        # "find pictures that look like a given one", "similar images", "image similarity search"
        r"(?:find|finding|search\w*) (?:\w+ ){0,3}(?:that |which )?(?:look|looks|sound|sounds) like",
        r"similar (?:images|pictures|photos|products|items|documents|songs|texts)",
        r"(?:image|visual|semantic) similarity",
        # "need somewhere to store and search embeddings"
        r"(?:store|index) and (?:search|query) (?:the |our )?embeddings",
        r"search (?:over |through )?(?:the |our )?embeddings",
        # "store ~100k document embeddings and query them fast"
        r"(?:store|index|keep) (?:~?[\d.,]+[km]? |millions of |thousands of )?(?:\w+ )?embeddings and (?:query|search)",
        # "ANN under 20ms p99 with filters"
        r"ann (?:under|search|index|queries|lookups?)",
        r"approximate nearest[- ]neighbou?rs?",
        r"vector (?:search|db|dbs|database|databases|store|stores|index)", r"vectordb",
        # "still need somewhere proper to put the embeddings", "store our chunk embeddings"
        r"(?:somewhere|a place|place|where) (?:\w+ ){0,2}to (?:put|store|keep|index) (?:the |our |my |all )?(?:\w+ )?"
        r"(?:embeddings|vectors)", r"(?:store|index|keep) (?:the |our |my |all )?(?:\w+ )?embeddings",
                          r"semantic search", r"similarity search", r"embedding(?:s)? (?:search|store|index|db)",
                          r"nearest neighbou?rs?", r"ann search",
                          # "retrieval" alone is most often a RAG app's step, said of its quality, not a store asked for
                          r"retrieval (?:layer|backend|store|index|engine)s?",
        # the search told as what is slow: "cosine similarity against a million embeddings takes forever"
        r"cosine similarit(?:y|ies)", r"(?:a |one )?(?:million|millions of|\d+(?:\.\d+)?[km]) (?:embeddings|vectors)",
    ),
    Stage.GOVERNANCE: (
        # development corpus 97: "need way to prove to auditor where each model and dataset live", "something with
        # audit report"
        r"(?:prove|show) (?:\w+ ){0,3}to (?:the |an? |our )?auditors?", r"audit reports?",
        # development corpus 93: what model risk signs off ("keeps the validation trail for us", "validation
        # sign-off", "a recorded approval from the validation unit", "risk can see who promoted what, and when", "every
        # prompt logged immutably for the auditors")
        r"validation (?:trail|sign-?offs?|evidence packs?|records|documentation)",
        # development corpus 94: "experiment tracking that supports traceability requirements from our QMS"
        r"traceability requirements",
        r"sign(?:s|ed)?[- ]off (?:on )?(?:every|each|all|any) (?:new )?(?:models?|model versions?|releases?)",
        r"recorded approvals?", r"approvals? (?:is |are )?(?:recorded|logged)", r"who promoted (?:what|which)",
        r"(?:logged|recorded|stored|kept) immutabl[ey]",
        r"(?:logged|recorded|kept) for (?:the )?auditors",
        # "legal wants a record of which datasets and licenses went into each model we ship"
        r"(?:record|list|inventory|register) of which (?:datasets?|data(?: ?sets?)?)(?: and licen[cs]es?)? "
        r"(?:went|go|goes) into (?:each|every|which|the) models?",
        # development corpus 81: "every change to a model needs to be logged with who, when and what"
        r"(?:logged|recorded|tracked|kept) with who,? (?:when|did what)",
        # what model risk keeps: "we need a model inventory and a validation workflow", "no central inventory of
        # models", "a model validation process"
        r"model inventor(?:y|ies)(?: and (?:a |an )?(?:model )?validation (?:workflow|process))?",
        r"inventory of (?:all |our |the |every |each )?(?:\w+ )?models?(?![\w-])",
        r"model validation (?:workflow|process|function|team)s?",
        # development corpora 88-105: "track which models are approved and by whom", "the risk team can approve which
        # version goes live", "a record of how each model was trained so we can defend it in court", "impact
        # assessments", "a gateway with policy enforcement and audit logs"
        r"which (?:\w+ )?models? (?:are|is|were|was) (?:\w+ )?approved", r"approve which (?:model |version)",
        r"records? of how (?:each|every|the|our) models? (?:was|were|is|are|got) (?:trained|built|validated)",
        r"(?:ai |algorithmic )?impact assessments?", r"policy enforcement",
        # development corpus 106: "a log of who asked what", "an audit log of what went out"
        r"who asked what", r"audit (?:log|trail) of what",
        # "an inventory with owners, risk tiers and validation dates"
        r"inventory with (?:model )?owners", r"risk tiers?(?: for (?:each|every|our) models?)?",
        # "sr 11-7 model documentation and validation workflow", "bias check for a credit scoring model across age and
        # gender"
        r"model documentation(?: and (?:model )?validation(?: workflows?| process(?:es)?)?)?", r"sr ?11-?7",
        r"bias (?:checks?|audits?|testing|tests) (?:for|on|of) (?:a |an |the |our )?(?:[\w-]+ ){0,3}models?",
        # development corpus 99: "our own impact ratio checks on its outputs", "disparate impact tests running in CI",
        # "document bias testing before deployment", "a bias check gate before each model release", "whether
        # demographic parity drifts", "a human review step and a record of exactly what it said"
        r"impact ratios?", r"disparate impact (?:tests?|testing|checks?|analysis)", r"document bias testing",
        r"bias check gate", r"demographic parity", r"human review step",
        # "one place that lists every model running in prod and who owns it", "every prompt and response logged and kept
        # for seven years"
        r"lists? (?:all |every |each )?(?:models?|model versions?) (?:\w+ ){0,2}in prod\w* and who owns",
        r"(?:kept|retained|stored) for (?:\w+ )?years",
        # "guardrails around who can push a model to prod"
        r"(?:guardrails?|controls?|rules?|approvals?|checks?) (?:around|on|for|over) who can (?:push|deploy|ship|"
        r"promote|release|overwrite)",
        # what auditors, regulators or model risk demand of the models is a job to do: "auditors keep asking who
        # approved which version", "regulators want every model change explained" (not where data may live: "on-prem
        # only, the regulator says so"; nor the story of one audit, "auditors asked us to rerun the March model",
        # which is a pain of reproducing)
        AUDITORS_ASK,
        # "we keep shipping models nobody reviewed": a review before release is what is missing
        r"(?<=models nobody )(?:reviewed|approved|checked|signed off on)",
        # "we must document models for the national algorithm register and show bias checks"
        r"document (?:our |the |all |each |every )?models? for (?:the |a |an )?(?:\w+ ){0,3}(?:register|registry|"
        r"regulator|auditors?|audits?|compliance)",
        r"show (?:\w+ )?bias checks",
        r"audit trail of (?:model )?(?:approvals|changes)", r"audit (?:log|trail) of every",
        r"(?:keep|have) an audit trail",
        # development corpus 68 (regulated fields): "an ML pipeline tool that leaves something auditable behind",
        # "CI/CD … that produces evidence for the auditors", "a record of who approved a model for release", "who
        # moved a model from staging to production", "technical documentation that stays in sync with the model"
        r"auditable",
        r"(?:evidence|documentation|proof|paper trail) (?:for|to show) (?:the |our )?(?:auditors?|regulators?|"
        r"examiners?|inspectors?|audits?)",
        r"records? of who (?:approved|signed off|changed|moved|promoted|deployed|released)",
        r"who (?:moved|promoted|pushed|deployed|released) (?:a |the |each |which |our )?models? (?:version )?"
        r"(?:from|to|into)",
        r"technical documentation",
        # guardrails that keep personal data out of an LLM's prompts: "PII redaction before anything reaches the model"
        r"(?:pii|phi) (?:redaction|masking|scrubbing|filtering)", r"redact\w* (?:the )?(?:pii|phi|personal data)",
                       # "documentation of every model: who trained it, on which data, who approved it"
                       r"documentation (?:of|for) (?:every|each|all|our) models?", r"who approved (?:it|them|each)",
                       r"who approved what", r"approvals? (?:\+|and|&) (?:an? )?audit trail",
                       r"governance", r"compliance", r"audit(?:s|ing|ability| trails?)?", r"model cards?",
                       r"approvals?", r"eu ai act",
                       # (not regulations as the documents read: "a RAG chatbot over water board regulations and
                       # guidance pdfs")
                       r"regulat(?:ors?|ory|ions?|ed)(?![a-z])(?!(?: (?:and|&|\+|or)| [\w-]+){0,3} (?:pdfs?|documents?|"
                       r"docs|texts?|pages|articles|corpus|corpora)\b)", r"explainability",
                       r"model risk(?: management)?", r"responsible ai", r"fairness",
                       r"bias (?:across|between|against) (?:\w+ ){0,2}(?:groups|demographics|genders|races)",
                       # "does not treat applicants differently by age or gender"; "which dashboards break downstream"
                       r"(?:(?:doesn't|does not|don't|do not|won't|never) )?treats? (?:\w+ ){0,3}differently "
                       r"(?:by|based on|because of) (?:their )?(?:age|gender|race|ethnicity|sex|religion)",
                       r"(?:which|what) (?:\w+ ){0,5}downstream (?:will |would )?break",
                       r"downstream (?:impact|breakage)",
                       # (not "anything over $500/mo needs VP sign-off": a purchase approved, not a model)
                       r"lineage", r"access control", r"(?<!vp )(?<!cfo )(?<!finance )(?<!budget )(?<!purchase )"
                       r"(?<!spend )sign-?off",
                       # "who owns this table and where did the column come from": a data catalog's questions
                       r"who owns (?:this|that|the|each|our) (?:table|dataset|data|column|model|feature)s?",
                       r"where (?:did|does|do) (?:this|that|the|our) (?:data|column|table|dataset|feature)s? (?:even )?"
                       r"come from", r"data catalog(?:ue)?s?", r"metadata catalog(?:ue)?s?",
                       # guardrails on an LLM app: "llm guardrails", "block prompt injection", "stop the chatbot
                       # from saying rude things or going off topic" (not "guardrails on cloud spend")
                       r"llm guardrails?",
                       r"guardrails? (?:for|on|around) (?:the |our |my |an? )?(?:[\w-]+ )?(?:llms?|chat ?bots?|bots?|"
                       r"assistants?|agents?|rag|llm apps?|(?:llm |model )?(?:outputs?|responses?|answers?|"
                       r"prompts?))", r"prompt injections?", r"jailbreaks?",
                       # "guardrails for PII", "pii guardrails", "guardrails against toxic output"
                       r"guardrails? (?:for|on|against|around) (?:the |our |any )?(?:pii|phi|personal data|"
                       r"sensitive data|toxic\w*|harmful|hallucinations?|unsafe|profanity|off[- ]topic)",
                       r"(?:pii|phi|safety|toxicity|content|llm|ai) guardrails?",
                       r"(?:say|says|saying|said|output\w*|generat\w*) (?:\w+ )?(?:rude|toxic|offensive|harmful|"
                       r"inappropriate|unsafe) (?:things|stuff|content|answers|replies|text)",
                       r"(?:go|goes|going|went|wander\w*|drift\w*) off[- ]topic",
                       # "filter toxic llm outputs", "block harmful prompts", "a toxicity filter for our chatbot" (not
                       # a toxicity classifier the team trains, nor moderating the chat of a game's players)
                       r"(?:filter\w*|block\w*|screen\w*|catch\w*|stop\w*|detect\w*) (?:out )?(?:the |any )?"
                       r"(?:toxic|harmful|unsafe|offensive|abusive|nsfw|inappropriate) "
                       r"(?:llm |model |ai |bot |chatbot )?(?:outputs?|responses?|answers?|prompts?|completions?|"
                       r"generations?)",
                       r"(?:toxicity|content|safety) (?:filter\w*|checks?|screening|moderation) (?:for|on|of) "
                       r"(?:the |our |my |an? )?(?:llms?|chat ?bots?|bots?|assistants?|agents?|rag|gen ?ai|"
                       r"llm apps?)(?![\w-])",
                       # "the chatbot talks about stuff it shouldn't"
                       r"(?:talks?|talking|says?|saying|answers?|answering) (?:about )?(?:stuff|things|topics) "
                       r"(?:it|they) (?:shouldn't|should not|must not|mustn't)",
        # bias told as an outcome: "the loan model approves far fewer women", "biased against older applicants"
        r"(?:approves?|approved|rejects?|rejected|denies|denied|flags?|flagged|scores?) (?:far |many |a lot |much )?"
        r"(?:fewer|more|less|lower|higher) (?:women|men|minorities|female|male|older|younger|black|hispanic|"
        r"immigrants?)",
        r"(?:biased|bias|unfair|discriminat\w*) (?:against|towards?) (?:women|men|minorities|female|male|older|"
        r"younger|black|hispanic|immigrants?|\w+ applicants)",
    ),
}
#: Governance said as guardrails on an LLM app's traffic: "guardrails against prompt injection", "PII redaction
#: before anything reaches the model", "stop the bot from going off topic".
GUARDRAIL_WORDS = re.compile(r"(?<![a-z])(?:guardrails?|prompt injections?|jailbreak\w*|(?:pii|phi) (?:redaction|"
                             r"masking|scrubbing|filtering|leaks?)|redact\w* (?:the )?(?:pii|phi|personal data)|"
                             r"content (?:safety|filter\w*)|off[- ]topic)(?![a-z])")
#: Governance said as oversight of models beside it ("a model inventory", "model risk", "audit trail", "EU AI Act"):
#: not guardrails alone.
MODEL_OVERSIGHT_WORDS = re.compile(r"(?<![a-z])(?:model inventor(?:y|ies)|inventory of (?:\w+ )?models|model risk|"
                                   r"model cards?|sr ?11-?7|eu ai act|audit\w*|approvals?|sign-?off|lineage|"
                                   r"model documentation|explainab\w*|fairness|bias)(?![a-z])")
#: What a team building LLM apps or models asks for in plainer words than STAGE holds: "evaluation" alone is of
#: the LLM app ("we need evaluation and some guardrails"), and so are "evaluate my models on benchmarks", seeing what
#: each part of it costs ("cost per feature"), "observability", "quality dashboards", "every run recorded as a trace".
LLM_WORK_STAGE: dict[Stage, tuple[str, ...]] = {
    **STAGE,
    Stage.LLM_EVALUATION: (*STAGE[Stage.LLM_EVALUATION], r"evaluation",
                           # development corpus 98: "a regression suite that runs on every prompt change", "a
                           # regression set so a fix doesn't break the other 40 flows", "replays of a golden trace
                           # set", "scorers over sessions" (regression tests of a model of its own are not these)
                           r"regression (?:set|suite|tests?|checks?)", r"golden (?:trace )?(?:sets?|datasets?)",
                           r"(?:scorers?|evals?) over (?:sessions|traces|conversations)",
                           # development corpus 92: "A/B two system prompts on real users"
                           r"a/?b(?: test)? (?:two |the |our |different )?(?:system )?prompts",
                           # "a real test set and some automated scoring" (a test set of a classifier is its own)
                           r"(?:real|proper|fixed|shared) test set", r"automated scoring",
                           # "see if it's actually better than the base model" (a fine-tune against its base)
                           r"(?:see|check|tell|know|measure|find out|prove|show) (?:if|whether) (?:it'?s|it is|"
                           r"(?:the|our|my) (?:fine-?tunes?|fine-?tuned models?|new models?|loras?|adapters?|"
                           r"checkpoints?) (?:is|are)) (?:actually |really |any )?better than (?:the )?(?:base|"
                           r"original|old|previous|current|stock)",
                           r"evaluat(?:e|ing) (?:my |our |the )?(?:models?|llms?|checkpoints?|fine-?tunes?)"
                           r"(?: (?:on|against) (?:\w+ ){0,2}benchmarks?)?",
                           # "need some way to evaluate it" (an agent whose prompt changes they can't judge)
                           r"(?:some |a |any )?way to evaluate (?:it|them|the (?:agent|bot|chatbot|assistant|app|"
                           r"prompts?|answers?|outputs?))",
                           # development corpus 47: "some kind of scorecard we can run before each release", "we want
                           # automatic test with score"
                           r"scorecards?", r"automatic tests? with (?:a )?scores?",
                           # development corpora 6, 18: "how do teams build a test suite for this?", "a regression test
                           # suite for answers"
                           r"(?:regression )?test suites? for (?:this|it|(?:the |our )?(?:answers?|bot|agent|app|"
                           r"prompts?|outputs?|summaries|responses))",
                           # "a free way to evaluate my RAG answers", "a rigorous way to compare prompts and models",
                           # "run it against 200 scripted scenarios … and get a score", "compare quantised versions
                           # on our own test set"
                           # development corpora 64-68: "measure retrieval and answer quality", "prove answer
                           # quality didn't regress each release", "evals that prove it actually works", "check the
                           # masking didn't wreck answer quality"
                           r"(?:measure|prove|check|track|test|score|quantify) (?:\w+ ){0,2}answer quality",
                           r"answer quality (?:didn't|did not|doesn't|does not|won't|hasn't) (?:regress|drop|degrade|"
                           r"get worse)",
                           r"evals? that (?:prove|show|check|tell)",
                           r"evaluat\w* (?:my |our |the |its |their )?(?:own )?(?:rag |llm |bot'?s? |chatbot'?s? |"
                           r"agent'?s? )?"
                           r"(?:answers|outputs|responses|replies|summaries|generations)\b",
                           r"compar\w* (?:\w+ ){0,2}prompts? (?:and|or|across|against) (?:\w+ )?models?",
                           r"(?:run|test) (?:it|them|the agent|the bot|the assistant|the app) against (?:\d+|a set of|"
                           r"hundreds of|dozens of) (?:[\w-]+ )?(?:scenarios|test cases|questions|examples|prompts|"
                           r"conversations)",
                           r"compar\w* (?:\w+ ){0,3}(?:on|against) (?:our |a |the )?(?:own )?(?:test|eval|evaluation|"
                           r"golden|held-?out) (?:set|questions|data)",
                           # development corpora 98-108: "how do we catch that systematically?", "how would we even know
                           # if a prompt change makes the characters worse", "how do we actually know how good they
                           # are" (not which version, what it costs or who called it: those are other jobs)
                           r"how (?:do|would|can|could|should|do you|does one) (?:we|i|you|teams|people|ppl|one)? ?"
                           r"(?:even |actually |systematically |reliably |properly )?(?:know|tell|catch|detect|test|"
                           r"measure|prove|check|make sure|verify)\b(?! (?:the |our )?(?:costs?|spend|latency|bill|"
                           r"tokens|usage|which|who|where|what (?:it|each) costs?)\b)",
                           # "benchmark answers against ~100 Q&A pairs", "which benchmark tool", "test retrieval/answer
                           # quality every time we change chunking", "prove retrieval didn't get worse", "answer-quality
                           # metrics", "need checks before stuff goes live", "test it properly before we let it close
                           # tickets", "proof that answers are grounded", "precision/recall on tool calls", "check
                           # scoring stays consistent between model versions", "how often tutoring LLMs hallucinate",
                           # "continuous evaluation on production data"
                           r"benchmark\w* (?:the |our |its )?(?:answers|responses|outputs|llms?|models?|prompts?) "
                           r"(?:against|on|with)\b", r"benchmark(?:ing)? (?:tool|framework|harness|suite)s?",
                           r"test (?:the )?(?:retrieval|answer|rag|response)(?:(?:/| and | or )(?:retrieval|answer|"
                           r"response))? quality",
                           r"(?:retrieval|answers?|quality|responses?|outputs?) (?:didn't|did not|doesn't|does not|"
                           r"won't|hasn't|never) (?:get|got|gets|getting) worse",
                           r"answer[- ]quality (?:metrics|scores?|evals?|checks?)",
                           r"checks? before (?:\w+ ){0,2}(?:goes|go|going) live",
                           r"test (?:it|this|them|the (?:bot|agent|assistant|app|prompts?)) (?:properly|"
                           r"systematically|automatically) before",
                           r"(?:answers?|responses?|outputs?|summaries) (?:are|were|is|stay|stays) grounded",
                           r"(?:precision|recall|accuracy)(?:/(?:precision|recall|accuracy))? (?:\w+ )?on tool calls",
                           r"(?:stays?|remains?) consistent (?:between|across) (?:model )?versions",
                           r"how often (?:\w+ ){0,2}(?:llms?|models?|bots?|it|they) hallucinat\w*",
                           r"continuous (?:evaluation|evals?)"),
    Stage.LLM_OBSERVABILITY: (*STAGE[Stage.LLM_OBSERVABILITY],
                              # "cost per feature"; development corpus 98: "cost per session", "cost attributed per
                              # request", "tokens, latency and cost tagged by route", "spend tracked per agent" (not
                              # what GPUs or the cloud cost), "per-key, per-model spend limits", "spend limits that
                              # actually hold for agents"
                              r"(?<!gpu )(?<!cloud )(?<!compute )(?:costs?|spend|tokens?|token counts?) (?:attributed "
                              r"|tagged |tracked )?(?:per|by) (?:feature|customer|user|team|endpoint|request|call|"
                              r"tenant|prompt|model|session|run|agent|route|trace|client)",
                              r"(?:per[- ](?:key|agent|model|tenant)[, ]+)+(?:\w+ )?spend limits?",
                              r"spend limits? (?:per|for|that) (?:\w+ ){0,3}agents?",
                              r"observability", r"quality dashboards?",
                              # "costs are exploding and I can't see which agent burns the tokens", "no idea which
                              # feature drives the OpenAI bill"
                              r"(?:can't|cannot|can not|no way to|no idea|don't know) (?:see |tell |know )?"
                              r"(?:which|what) (?:agents?|features?|prompts?|customers?|users?|teams?|endpoints?|"
                              r"calls?|steps?) (?:\w+ )?(?:burns?|uses?|eats?|spends?|costs?|drives?|causes?)",
                              # "need per-endpoint cost alerts", "token spend alerts"
                              r"(?:per[- ]\w+ )?(?:cost|spend|token|budget) (?:alerts|alerting)",
                              r"(?:runs?|calls?|conversations?) (?:recorded |stored |saved |logged )?as "
                              r"(?:a )?traces?",
                              # development corpus 47: "tracing in production", "to see logs of the player
                              # conversations", "logs of every conversation", "every prompt and every answer in logs"
                              r"tracing(?: in production| in prod)?",
                              r"logs? of (?:the |all |every |each )?(?:\w+ )?(?:conversations?|chats?|sessions?|"
                              r"prompts?)",
                              r"every prompt and (?:every )?(?:answer|response|output) (?:in (?:the )?logs?|logged)",
                              # development corpora 7, 9, 11, 16: "show which prompt version produced a given
                              # trace", "I'd love to see every call, the retrieved chunks, the tokens and the cost",
                              # "trace what the bot actually did", "grep through CloudWatch logs to reconstruct what
                              # happened"
                              r"which prompt(?: version)? (?:produced|generated|was behind|made) (?:a |the |that )?"
                              r"(?:given )?(?:trace|answer|response|output)",
                              # development corpus 81: "something to see which prompt version answered"
                              r"which prompt(?: version)? (?:answered|was live|was used|served)",
                              r"see every (?:call|request|prompt|step|tool call)(?:,| and)",
                              r"trace what (?:the |our )?(?:bot|agent|chain|app|llm|assistant) (?:actually )?did",
                              r"reconstruct what happened",
                              # an agent said before: "it calls tools and does dumb things … we need to see what
                              # it's doing"
                              r"see what (?:it'?s|it is|they'?re|they are) (?:actually )?(?:doing|saying|calling)",
                              # development corpora 98-108: "trace each planner step and tool call", "trace every
                              # stage and what it costs", "log every query and retrieved doc", "a log of exactly what
                              # the model generated", "a record of exactly what it said to whom", "see which tools the
                              # agent actually called", "trace which docs got retrieved per question", "per-route cost
                              # and latency visibility", "per-step token counts"
                              r"trac(?:e|es|ing) (?:each|every|all) (?:[\w-]+ ){0,2}(?:steps?|stages?|tool calls?|"
                              r"llm calls?|retrievals?|hops?)\b",
                              r"log (?:every|each|all) (?:user |incoming |the )?(?:quer(?:y|ies)|questions?|prompts?|"
                              r"requests?|answers?|responses?|outputs?|generations?)\b",
                              r"(?:log|record|trail) of (?:exactly )?what (?:the |our )?(?:model|llm|bot|chatbot|"
                              r"assistant|agent|it) (?:generated|said|wrote|answered|produced|output|returned|told)",
                              r"(?:see|know|trace|log|track) which tools? (?:the |our |an? |each )?(?:agents?|bots?|"
                              r"assistants?|llms?|models?) (?:actually )?(?:called|calls|used|uses|picked|ran|invoked)",
                              r"(?:trace|log|see|track) which (?:docs?|documents?|chunks?|passages?|sources?|pages?) "
                              r"(?:got|were|was|are|get) (?:retrieved|used|pulled|returned|cited)",
                              r"per[- ](?:route|model|step|stage|agent|request|session|call|user|tenant|customer|"
                              r"feature|prompt|turn) (?:costs?|spend|tokens?|token counts?)\b"),
    # with LLM work a bare guardrail is one on the app: "a chatbot … and some guardrails", "guardrails + evals"
    # (not "guardrails on cloud spend" or "guardrails around who can deploy": those name what they guard)
    Stage.GOVERNANCE: (*STAGE[Stage.GOVERNANCE],
                       r"guardrails?\b(?! (?:on|around|for|over) (?:our |the |cloud |gpu )?(?:spend|costs?|budgets?|"
                       r"bills?|who|access|deploy\w*|releases?))"),
}
#: Asking for recommendations, not work on recommendation models ("we ship recommendation models").
_RECOMMEND = (r"(?<!product )(?<!item )(?<!content )(?<!video )(?<!movie )(?<!music )(?<!news )(?<!personalized )"
              r"(?<!personalised )(?<!we do )(?<!build )(?<!serve )(?<!generate )"  # "we do product recommendations"
              # (a product's recommendations are no request for ours: "our recommendation API spikes P99")
              r"recommend(?!ers?(?![a-z]))\w*(?! (?:models?|systems?|engines?|services?|feeds?|widgets?|algorithms?|"
              r"apis?|endpoints?|pipelines?|teams?|features?|jobs?|results|lists?|carousels?|caches?|traffic))")
#: Words of looking for a tool, in NEED_CUE and NEED_ASK alike ("evaluates against the champion" says what a pipeline
#: does, not what is sought).
_SEEKING = (r"interested in|evaluat(?!es\b)\w+|pick|choose|choosing|" + _RECOMMEND + r"|suggest\w*|adopt|adopting|"
            r"find|searching for|shopping for|in the market for|better|proper|something for|a tool for|tools? for|"
            r"solution for|")
#: Words that introduce what someone wants: "we need …", "looking for …", "help with …".
NEED_CUE = re.compile(
    r"(?<![a-z])(?:need|needs|needed|want|wants|wanted|wanna|looking for|look for|looking at|help with|help us|help me|"
    r"would (?:also |really |just )?like|(?:we|i)'d (?:also |really |just )?like|missing|miss|lack|lacking|no|without|"
    r"(?:don't|do not) (?:even |yet )?have(?! at\b)|haven't (?:even )?got|build (?:vs\.?|versus|or) buy (?:for|on)|"
    r"set up|setup|setting up|get|add|adding|introduce|introducing|improve|improving|fix|fixing|"
    + _SEEKING +
    r"solve|struggling with|focus on|priority|priorities|care about|plan to|"
    r"planning|must have|nice to have|wish|hoping|require|requires|required|"
    r"(?<!we )(?<!i )(?<!already )automate|automating|move to|"  # not what they do: "we already automate training"
    r"moving to|migrate to|migrating to|asking (?:me |us |the team )?for|(?:ask|asks|asked) (?:me |us )?for)(?![a-z])"
)
#: Self-hosting as a wish or an ability, not a rule ("self-hosted ideally", "a tool we can self-host").
SELF_HOST_SOFT = (
    r"(?:ideally|preferably|prefer(?:ably)?|would|if possible|rather|maybe) (?:be )?self[- ]?host\w*",
    r"(?:ideally|preferably|if possible)(?:,? [\w-]+){1,6} (?:we |that we )?(?:can |could )self[- ]?host\w*",
    r"self[- ]?host(?:ed|ing)? (?:\w+ )?(?:ideally|preferably|if possible|would be nice|is a plus|is nice|"
    r"preferred)", r"self[- ]?hostable",
    r"(?:ideally|preferably|if possible) (?:[\w-]+ ){1,3}(?:and|&|\+|or) self[- ]?host\w*",
)
#: Words before a stage that ask for it ("we need …", "the gap is …", "next: …", "thinking of moving …").
NEED_ASK = re.compile(
    r"(?<![a-z])(?:need|needs|needed|want|wants|wanted|wanna|(?<=we )should (?:really |probably )?have|"
    # "everyone agrees we should track experiments", "I should finally set up monitoring" (not what they should say)
    r"(?:(?<=we )|(?<=i ))should(?: (?:really|probably|finally|definitely|start|begin|at least))*"
    r"(?! (?:be|have been|not|mention|say|add that|note|explain|clarify)\b)|"
    # an obligation to show something: "we must document models for the register" (its verbs are the job's words)
    r"(?:must|are required to|have to|has to)(?= (?:be able to )?(?:document|show|prove|demonstrate|report|explain|"
    r"justify|audit)\b)|"
    # not a manual step: "someone has to click deploy", "I have to remember to retrain"
    r"ha(?:ve|s) to(?! use| click| approve| press| hit| remember| restart| copy| babysit| kick)|looking for|look for|"
    # "forgot about monitoring", "oh, forgot: a registry"; not what they forgot to say they have ("forgot to say: we
    # use W&B for sweeps", "I forgot that we run MLflow for tracking")
    r"looking at|help with|help us|help me|what about|how about|"
    r"forgot(?! to (?:say|mention|add|note|tell|explain)\b| (?:that|we|i|our|my|they)\b|[:,] (?:we|i|our|my|they)\b)|"
    r"forgot about|"
    r"would (?:also |really |just )?like|(?:we|i)'d (?:also |really |just )?like|missing|miss|lack|lacking|"
    r"(?:don't|do not) (?:even |yet )?have(?! at\b)|haven't (?:even )?got|build (?:vs\.?|versus|or) buy (?:for|on)|"
    r"sort out|sorting out|tackle|tackling|"
    r"set up|setting up|get(?! [a-z-]+ed(?![a-z]))|add|adding|introduce|introducing|improve|improving|fix|fixing|"
    + _SEEKING +
    r"solve|focus on|priority|priorities|plan to|planning|must have|nice to have|wish|hoping|require|"
    r"(?:main |big |biggest |key |primary |first )?ask:|"
    # "next ask from researchers is a model registry"; building a platform out of jobs: "we're building an internal ML
    # platform: feature engineering, experiment tracking, registry"
    r"(?:next|first|main|biggest|big) ask (?:\w+ ){0,3}(?:is|are)|"
    r"build(?:ing)? (?:an? |our |the )?(?:internal |in-house |own |new |central )*(?:ml|mlops|ai|machine learning|"
    r"llm) platform|"
    # a pasted list's heading: "Requirements (copied from our ticket):", "Must-haves:", "wishlist", "deliverables we
    # need:", "Acceptance criteria:", "Desired:"
    r"(?:requirements?|reqs|must[- ]haves?|wish ?list|deliverables|acceptance criteria|desired)(?: \([^)]{0,60}\))?:|"
    r"wish ?list|"
    # "looking to move serving somewhere cheaper", "we'd happily take an off-the-shelf feature store now", "we'd prefer
    # a single tool that does tracking, pipelines and serving"
    r"looking to|(?:we|i)'d (?:happily |gladly |gratefully )?take|would (?:happily |gladly |gratefully )?take|"
    r"prefer (?:a|one|some) (?:single |unified )?(?:tool|platform|product|solution|thing|service)|"
    r"requires|required|automate|automating|move to|moving to|migrate to|migrating to|gaps?|next|"
    # what a reviewer holds them to: "model risk insists on drift and bias monitoring", "the regulator demands"
    r"insists? on|insisting on|demands|mandates|"
    # a plan still weighed: "thinking feature store + online serving", "thinking about a registry"
    r"(?<!been )thinking(?: about| of)?(?! (?:that|it|we|our|the (?:\w+ )?(?:is|are|was|were))\b)|"
    # a task handed to them: "boss ask me to put together deployment of the churn model" (not a complaint about
    # requests: "every quarter someone asks me to stand up another thing")
    r"(?:boss|manager|cto|ceo|lead|pm|director|vp|management|leadership) (?:has |just |now |then )?(?:asks?|asked|told|"
    r"tells|wants?) (?:me|us|the team) to (?:put together|set up|build|stand up|figure out|sort out|get|add|"
    r"introduce)|"
    # "the hole is monitoring", "the big hole is the registry"
    r"the (?:\w+ )?hole (?:is|in our (?:setup|stack) is)|"
    r"thinking (?:of|about)|wondering about|considering|(?:a|the) (?:\w+ )?way to|some way to|must do|has to do|"
    r"covering|options? "
    r"(?:for|to)|aim(?:ing)? to|i'd love|"
    r"we'd love|would love|standardi[sz]e on|somewhere to|something to|something that|"
    # "just the pieces that let me schedule the forecast", "could something run it every month on a schedule?"
    r"(?:pieces?|tools?|bits?) that (?:lets?|would let|helps?) (?:me|us)|(?:could|can|would) something|"
    # "main thing is a vector db for semantic search over our docs"
    r"(?:the )?main thing is|"
    r"a place to|where to start (?:on|with)|where do (?:i|we) start (?:on|with)|goal:|objecti(?:ve|f)s?:|aim:|"
    # "I have no clue how to version or deploy models properly"
    r"(?:no|zero) (?:clue|idea) (?:of )?how to|(?:don't|do not) (?:really )?know how to|"
    # "Goal for this year: tracked experiments and …", "what else versions datasets without drama?"
    # "Goal for H2 is an automated training pipeline", "the plan for Q3 is …"
    r"(?:goals?|objectives?|plans?|priorit(?:y|ies)) for (?:h[12]|q[1-4]|[0-9]{4}|this \w+|next \w+) (?:is|are)|"
    r"(?:goals?|objectives?|plans?|priorit(?:y|ies)) for (?:this|next|the (?:next|coming)) "
    r"(?:year|quarter|month|sprint|half|cycle|release):|what else|"
    r"(?:what|which) (?:\w+ )?(?:should|do|would|could|can)|how (?:do|should|can|would)|is there|are there|"
    r"any (?:tools?|good|recommendations?)|i'm thinking|(?:has|have|needs?) to (?:handle|cover|support|include|do)|"
    r"(?:must|should) (?:handle|cover|support|include)|the (?:new |next |main |big )?ask (?:now |here )?is|"
    r"(?:can't|cannot) agree on|"
    # what the people they serve ask them for: "the ML folks keep asking for GPU nodes and notebooks"
    r"(?:keep |keeps |kept |are |been )?asking (?:me |us |the team )?for|(?:ask|asks|asked) (?:me |us )?for|"
    # "Simple tool to log LLM calls and costs?", "a lightweight way to track runs"
    r"(?:(?:simple|simplest|easy|easiest|lightweight|basic|cheap|cheapest|light|best|good|decent|free|sane|affordable|"
    r"reliable|quick|quickest|fastest|lightest|cheaper|"
    r"recommended|open[- ]source|self[- ]hosted) ){1,2}(?:tool|way|setup|thing|option|app)s? (?:to|for)|"
    r"(?:deciding|decide|choosing|torn) between|alternatives? (?:for|to)|"
    # a heading for what is wanted: "requirements: …", "must-haves: …", "time to do this properly: …"
    r"requirements?:|must-haves?:|wish ?list:|(?:do|set up|build) (?:this|it|things|everything) properly:|"
    # "current problem: tuning hyperparameters for …"
    r"(?:current|main|biggest|immediate|next) (?:problem|challenge|need|focus|priority|task|goal):|"
    # "what I'm after is a model registry", "step 1 seems to be a registry"
    r"(?:i'm|i am|we're|we are) after|step (?:1|one) (?:is|seems to be|would be|will be)|first step (?:is|would be)|"
    # "we're fine paying for a hosted experiment tracker", "willing to pay for a managed labeling workforce"
    r"(?:fine|happy|ok|okay|willing|glad) (?:to pay|paying) for|"
    r"ideally|"
    # "lets deploy it by friday" (not "let's circle back on monitoring later")
    r"let'?s(?= (?:deploy|ship|get|set up|add|try|put|move|build|start|automate|track|monitor|serve|version|label|"
    r"test|evaluate|schedule)| ?$)|"
    # a job given to them: "I've been tasked with deploying it", "my boss asked me to set up tracking", "they handed
    # me a sklearn model to put behind an API", "I'm supposed to give everyone an LLM endpoint"
    r"tasked with|(?:asked|told|wants|want|wanted|expects|expected) (?:me|us) to|"
    r"(?:i'm|i am|we're|we are|i was|we were) (?:now )?supposed to|"
    r"(?:gave|handed|hands|passed|threw|dumped) (?:me|us) (?:an? |the |their |our |this )?(?:[\w-]+ ){0,2}models? to|"
    r"what(?:'s|s| is) (?:a |an |the )?(?:good|decent|solid|sane|nice|best|go-to|simple|cheap|recommended|lightweight))"
    r"(?![a-z])"
)
#: A sentence that opens with a job and what it must do is a request for a tool for it: "feature store for
#: tabular + realtime lookups", "vector db that runs on-prem?", "data validation lib for pandas?", "what ci for
#: ml if we're on gitlab" (not "experiment tracking is a mess", which names a pain).
REQUEST_OPENING = re.compile(r"\s*(?:(?:a|an|any|good|best|decent|cheap|simple|solid|lightweight|open[- ]source|"
                             r"self[- ]hosted|managed|free|recommended|what|which|whats|what's|recs?|"
                             r"recommendations?|suggestions?)\s+)*")
#: ("pii guardrails before launch", "data checks before training": a job wanted ahead of a moment)
REQUEST_AFTER = re.compile(r"\s*(?:for|that|which|to|with|before|lib|libs|library|libraries|tool|tools|options?|"
                           r"recommendations?|suggestions?|alternatives?)(?![a-z])|\s*\?")
#: A short "please" within four words after a job: "vector db for RAG pls", "simple eval tool pls", "a tracker bitte"
#: (not one a clause away: "… and vibing, free tier only pls").
PLEASE_NEXT = re.compile(r"(?:[ \t]+[\w'-]+){0,4}?[ \t]*(?:pls|plz|por favor|bitte)(?![a-z])")
#: A rule for the tool of a job, said right after it: "tracing tool must be self-hosted", "the registry has to run
#: on-prem", "vector db needs to stay in the EU": that tool is wanted.
RULE_NEXT = re.compile(r"[ \t]+(?:(?:tool|tools|solution|platform|system|db|database|store|server|service)[ \t]+"
                       r"(?:must|has to|needs to|should|have to|need to) (?:be|run|stay|live|work|support)(?![a-z])|"
                       r"(?:must|has to|needs to|have to|need to) (?:run|stay|live|be hosted) (?:on|in|inside)"
                       r"(?![a-z])|"
                       r"(?:must|has to|needs to|have to|need to) be (?:self-?hosted|on-?prem\w*|open[- ]source)"
                       r"(?![a-z]))")
#: What says a thing is had already, not asked for: "CI/CD for everything since last year".
IN_PLACE = re.compile(r"(?<![a-z])(?:since|for (?:years|months)|we've had|we have had|in place|"
                      r"has been|have been)(?![a-z])")
#: Words between an ask and a stage that make the stage something else: what is left behind ("instead of
#: notebooks", "from a notebook to …"), what is there already ("no tracking", "keep it for training"),
#: where something happens ("tuning inside the pipeline", "before deploying"), a tool the team has ("MLflow registry").
NEED_BLOCK = re.compile(
    r"(?<![a-z])(?:no|not|without|instead of|rather than|tired of|sick of|fed up with|from|away from|"
    # what they have, described: "a shared drive full of notebooks", "a pile of scripts"
    r"full of|(?:pile|piles|folder|folders|heap|mess|zoo|graveyard) of|"
    r"nothing|already|(?<!somewhere to )(?<!a place to )(?<!use to )(?<!way to )(?<!how to )(?<!something to"
    r" )(?<!people )"
    r"(?<!do you )(?<!do i )(?<!do we )(?<!should i )(?<!should we )keep"  # not "where do i keep model versions?"
    r"|keeping|reuse|happy with|fine on|in an?|inside (?:the|a"
    r"|our)|in (?:the|our) same|"
    # (not "before release": "evaluation before release and tracing in production" asks for both)
    r"before(?! (?:each |every |the |a |we )?(?:releases?|launch\w*|deploy\w*|ship\w*|go(?:ing)? live|prod\w*)"
    r"(?![a-z]))|(?<!i'm )(?<!we're )(?<!i am )(?<!we are )after|while|when|who|that call|"
    # not "the gaps today are a registry and serving", "what we need today is experiment tracking"
    r"(?<!gaps )(?<!gap )(?<!need )(?<!needs )(?<!want )today|currently|right now|"
    r"at the moment|difference between)(?![a-z])"
)
#: Words after a stage that ask for it: "registry + monitoring please", "checks needed ASAP".
NEED_AFTER = re.compile(r"(?<![a-z])(?:please|needed|wanted|would be (?:ideal|great|nice|good|amazing|awesome|"
                        r"fantastic|wonderful|lovely|helpful|useful|a (?:huge |big |massive |real )?(?:win|help))|"
                        r"is a must|asap|"
                        # a heading with nothing under it: "Experiment tracking: none.", "registry: n/a"
                        r"^\s*:\s*(?:none|nothing|n/?a|nope|zero|nada|zilch|missing|non-?existent|doesn't exist)"
                        r"(?![a-z])|"
                        # "monitoring, we have basically none", "tracing - we have nothing"
                        r"(?:we|i) have (?:basically |practically |literally |pretty much )?(?:none|nothing)\b|"
                        # "latency + cost tracking per call is the thing we lack"
                        r"(?:is|are) (?:the (?:thing|part|piece|bit|gap)s?|what) (?:we|i) (?:lack|miss|need|want|"
                        r"don't have)|"
                        # "it's experiment tracking that's missing", "it's the evals side that's missing", "registry is
                        # what's missing"
                        r"^\s*(?:side |part |bit |piece )?that(?:'s| is) (?:still |really )?missing\b|"
                        r"(?:is|are) what(?:'s| is) (?:still |really )?missing\b|"
                        # "Model serving is the hole I need to fill next"
                        r"(?:is|are) the (?:\w+ )?(?:hole|gap)s? (?:we|i) (?:need|have|want) to (?:fill|close|plug)|"
                        r"what(?:'s| is)? next|"
                        # "Monitoring is next.", "a registry is up next"
                        r"(?:is|are) (?:up )?next(?! (?:week|month|year|quarter|sprint|time|door|to|on|in|step))|"
                        # "prompt evals in CI, what's everyone using?", "... what do ppl run"
                        r"what(?:'s| is| are| do| does) (?:every(?:one|body)|people|ppl|folks|y'all|you all|you guys|"
                        r"others|other teams|teams) (?:using|use|run|running)|what (?:should|do|can|would) (?:we|i) "
                        r"(?:use|run|try|pick)|any (?:recs|recommendations|"
                        r"suggestions)|"
                        r"would (?:already |really )?help|"
                        # "our hyperparam search is a for-loop in a notebook. there has to be a better way"
                        r"there (?:has|have|must|ought) to be a better way|"
                        r"(?<!do )(?<!don't )(?:we|i) (?:really )?need(?! to)|"
                        # "serving is the part we're missing", "monitoring is the gap"
                        # "monitoring is where we're weak", "… is the weak spot", "the monitoring isn't cutting it"
                        # "but the serving part is weak"
                        r"(?:part |side |bit )?(?:is|are) (?:really |pretty |quite |very |super )?(?:weak|lacking|"
                        r"meh|poor)(?![a-z])|"
                        r"(?:is|are) where (?:we're|we are) (?:weak|weakest|lacking|behind)|(?:is|are) (?:the|our) "
                        r"(?:weak|weakest) (?:spot|point|link|part)|(?:isn't|is not|aren't|are not) cutting it|"
                        r"(?:is|are) (?:the (?:part|piece|thing|bit)s? (?:we're|we are|i'm|i am) missing|what "
                        r"(?:we're|we are|i'm|i am) missing|(?:still )?missing|the (?:biggest |main )?gap)|"
                        # "monitoring is the priority tbh", "GPU scheduling: that's the real pain"
                        r"(?:is|are) (?:the|our|my) (?:top |main |first |real |biggest |number one |#1 )?priority|"
                        r"(?:is|are) what (?:we're|we are|i'm|i am) after|"
                        r"(?:that's|that is|is|it's) (?:the|our) (?:real|actual|main|biggest) pain)"
                        r"(?![a-z])")  # fmt: skip
#: What follows a stage in a question asking for tools: "Tracing tools people actually like?".
TOOLS_FOR = re.compile(r"^\s*(?:tools?|options?|solutions?|recommendations?|suggestions?|frameworks?|setups?|"
                       r"stacks?|libraries|library|platforms?|products?|services?)(?![a-z])")
#: A question that asks for tools ("what should I use to serve it?", "is there a monitoring thing …?").
ASKING = re.compile(r"^\W*(?:so |and |also |ok |okay )?(?:whats|what|which|how|is there|are there|any|anyone|anyth"
                    r"ing|does "
                    r"anyone|where|can (?:you|anyone|someone|somebody)|should (?:we|i)|at the|"
                    # "… Elasticsearch for keyword search; can it do vectors too?"
                    r"(?:can|could|does|will) it (?:also )?(?:do|handle|store|index|serve|track|run)|"
                    # "is a feature store the answer?", "would a registry fix this?", "do we need a feature store?"
                    r"is (?:a|an) |would (?:a|an) |does (?:a|an) |do (?:we|i) (?:really |even )?need (?:a|an) |"
                    r"(?:the )?(?:least painful|simplest|"
                    r"easiest|best|lightest|cheapest|quickest|fastest|smartest|shortest|cleanest|cheaper|simpler|easier|"
                    r"better|lighter|saner) (?:way|path|"
                    r"thing|option|setup))\b")
#: Words for compute that are a need only when asked for outright ("we need more GPUs"), not counted ("~50 GPUs").
BARE_COMPUTE = frozenset({"gpu", "gpus", "compute"})
#: Words before a way of working that make it a goal, not the present ("we want scheduled pipelines").
WANT_CUE = re.compile(
    r"(?<![a-z])(?:need|needs|want|wants|wanted|looking for|would like|we'd like|i'd like|plan to|planning|hoping|"
    r"wish|should|ought to|"
    r"move to|moving to|get to|path to|next step|next|proper|real|introduce|set up|setting up|try|trying|"
    r"adopt|adopting|add|adding|towards?|into|aim|goal|help|how (?:to|do|can|should)|would love|i'd love|we'd love|"
    r"(?:best|easiest|simplest|cheapest|least painful|right|a) way to|"
    # "cheaper way to serve 3 low traffic models?", "a saner way to schedule retrains"
    r"(?:cheaper|simpler|easier|better|lighter|saner|quicker|faster) way to|"
    # "what's the minimum to get them retrained monthly"
    r"minimum (?:(?:setup|stack|way|thing|tooling) )?to|minimum viable (?:setup|stack|tooling) for|"
    # what they say they lack: "what we don't have is CI/CD for models", "the missing piece is …"
    r"what (?:we|i) (?:don't|do not) have (?:yet )?is|what(?:'s| is) missing is|(?:the )?missing piece is|we lack)"
    r"(?![a-z])"
)
#: "No GPUs to manage", "no servers to run": what they want not to operate, not what they lack.
NOTHING_TO_RUN = re.compile(r"^\s*(?:to|we'd have to|we have to|that we have to|for us to) (?:manage|run|operate|"
                            r"maintain|babysit|look after|patch|provision|host|keep alive)\b")
_NONE_OF = re.compile(r"(?:^|\s)(?:no|zero|without|nothing|none)(?:\s|$)")


def nothing_to_run(said: str, after: str) -> bool:
    """ "No GPUs to manage": something said to be absent (`said`, with the words before it), then what they
    would otherwise have to operate (`after`)."""
    return _NONE_OF.search(said) is not None and NOTHING_TO_RUN.match(after) is not None


#: A heading that says what follows is a pain: "what hurts: …", "pain points: …", "biggest problem: …".
PAIN_HEADING = re.compile(r"(?<![a-z])(?:what hurts|(?:main |biggest |our )?(?:pain(?: point)?s?|problems?|struggles?|"
                          r"frustrations?|issues?))\s*:")
#: A stage said to be missing right before it ("no registry", "no tests, no CI", "there's zero monitoring").
MISSING = re.compile(r"(?<![a-z])(?:no|zero|without (?:an? |any )?|lack of|lacking|missing|nothing for|nothing|nobody|"
                     # "nobody can compare runs across them"
                     r"(?:nobody|no one|none of us) (?:can|could|is able to)|"
                     # "we've never tracked experiments"
                     r"(?:have |'ve |had )?never|"
                     r"no one|no (?:easy |good |real |simple |proper |systematic |reliable |consistent |central |"
                     r"shared )?way (?:to|of)(?: (?:measure|know|tell|track|check|see|quantify|test|catch))?|"
                     r"no (?:idea|clue|experience) "
                     r"(?:about|with|of|on)|"
                     r"(?:isn't|is not|aren't|are not) (?:even |yet )?(?:in|under))\s+(?:real |proper |"
                     r"formal |automated |actual |central |shared |single |common |standard |decent |"
                     r"industriali[sz]ed |productioni[sz]ed |repeatable |reproducible |robust )?$")
NO_NEED = re.compile(
    r"(?:don't|do not|doesn't|does not|no) (?:really )?(?:need|want|care about)|no need for|not (?:looking (?:for|to)|"
    r"interested in|a priority|needed)|already (?:have|got|use|using|solved|covered)|(?<![a-z])(?:remove|drop|delete|"
    r"forget|forget about|scratch|take out|skip|cross out|cancel|undo|not)(?: the| my| our)?\s*$"
)

# -- constraints and preferences ------------------------------------------------------------------

_OSS = (r"(?:(?:osi[- ](?:approved )?|true |real |proper )?open[- ]?source|oss|foss|osi[- ]licen[sc]ed|free software|"
        r"open licen[sc]es?|apache[- ]licen[sc]ed)")
OPEN_SOURCE_NO = (
    r"not open[- ]source only", r"(?:doesn't|does not|don't|do not|needn't|need not|no need to) (?:have to |need to )?"
    r"be " + _OSS, r"(?:proprietary|commercial|closed[- ]source|paid|vendor) (?:tools |software |products |"
    r"licen[sc]es? )?"
    r"(?:is|are) (?:fine|ok|okay|allowed|acceptable)", r"can be (?:commercial|proprietary|closed[- ]source|"
    r"paid)", r"(?:fine|ok|okay|happy) with (?:proprietary|commercial|"
    r"closed[- ]source)", r"don't care (?:about|if|whether) (?:it's |its )?" + _OSS, r"" + _OSS + r" (?:is )?"
    r"(?:not (?:required|needed|necessary|(?:a )?must|mandatory)|optional|nice to have|doesn't matter)",
    r"no (?:open[- ]source )?(?:requirement|constraint)s? on licen[sc]e", r"not " + _OSS + r" only",
    r"any licen[sc]e", r"licen[sc]e doesn't matter",
    _OSS + r" (?:isn't|is not|not|isn't strictly|is not strictly) (?:required|needed|necessary|(?:a )?must|mandatory|a "
    r"(?:hard |strict )?(?:requirement|rule|constraint)|a deal-?breaker|a deal breaker)",
    _OSS + r" (?:is )?(?:strongly |really |very much )?(?:preferred|ideal|nice|please|if possible),? (?:but |though )?"
    r"(?:it's |it is |that's )?"
    r"(?:not|no) (?:a )?(?:hard (?:rule|requirement|constraint)|dealbreaker|deal-breaker|must|requirement|strictly|"
    r"required)", r"(?:prefer\w*|ideally|preferably) " + _OSS + r"(?: [\w-]+){0,3},? (?:but |though )?(?:it's |it is "
    r"|that's )?"
    r"(?:not|no) (?:a )?(?:hard (?:rule|requirement|constraint)|dealbreaker|deal-breaker|must|requirement)",
    # "open source is nice but it isn't a requirement", "doesn't mean OSS-only", "proprietary SDKs are okay if we buy
    # them", "doesn't matter to me if it's open source or paid", "we buy commercial software all the time"
    _OSS + r" is (?:nice|great|good|welcome)(?: to have)?,? but (?:it )?(?:isn't|is not|not) (?:a )?(?:requirement|"
    r"required|a must|mandatory|a hard rule)",
    r"(?:doesn't|does not|don't|do not) mean " + _OSS + r"[- ]only",
    r"(?:proprietary|commercial|closed[- ]source) (?:[\w-]+ ){0,2}(?:is|are) (?:fine|ok|okay|allowed|acceptable)",
    r"(?:doesn't|does not|don't|do not) matter (?:to (?:me|us) )?(?:if|whether) (?:it's |its |it is )?" + _OSS
    + r" or (?:not|paid|proprietary|commercial)",
    r"(?:we )?buy commercial (?:software|tools|licen[sc]es) all the time",
    # "no open-source requirement really", "open source by default, but that's not a hard requirement", "I don't care
    # about open source vs not"
    r"no " + _OSS + r"[- ](?:requirement|rule|constraint|mandate)s?",
    _OSS + r" (?:by default|first|where (?:we|it) can)[^.;!?]{0,20}?,? (?:but |though )?"
    r"(?:that's |it's |it is |that is )?"
    r"(?:not|no) (?:a )?(?:hard (?:rule|requirement|constraint)|dealbreaker|deal-breaker|must|requirement)",
    r"(?:don't|do not|doesn't|does not) care (?:about )?(?:whether it's |if it's )?" + _OSS + r" (?:vs\.?|or|versus) "
    r"(?:not|closed|proprietary|commercial|paid)",
)
#: Open source as a wish, not a rule ("open source preferred", "ideally OSS"): neither yes nor no.
OPEN_SOURCE_SOFT = (
    r"(?:prefer|preferably|ideally|rather|favou?r|love|like|lean towards?) " + _OSS, _OSS + r" (?:is )?(?:strongly )?"
    r"(?:preferred|ideally|preferably|if possible|a plus|nice to have|first)",
)
OPEN_SOURCE_YES = (
    # "we are 100% open source by policy — no exceptions"
    r"100 ?% " + _OSS + r"(?! (?:is |would be )?(?:nice|ideal|preferred))", _OSS + r" by policy",
    _OSS + r" only", r"only " + _OSS,
    # "legal only approves OSI licences"
    r"only (?:approves?|allows?|accepts?|permits?) (?:osi|open[- ]source)(?:[- ]approved)? licen[cs]es",
    r"(?:must|has to|have to|needs? to|should|got to|gotta) be " + _OSS,
    r"(?:must|has to|have to|needs? to) be (?:free and |free & |fully |100% )?" + _OSS, r"strictly " + _OSS,
    # "we must stay open source", "everything has to remain OSS", "we must use open source"
    r"(?:must|has to|have to|needs? to|got to|gotta) (?:stay|remain|use|run|be built on) (?:fully |100% |only )?" + _OSS
    + r"(?! (?:where|if|when|as much as) )",
    # "everything must be self-hosted and open source", "must be cloud-agnostic and open source"
    r"(?:must|has to|have to|needs? to|got to|gotta) be (?:[\w-]+ ){1,2}(?:and|&|\+) " + _OSS,
    r"" + _OSS + r" (?:is )?(?:required|mandatory|obligatory|compulsory|non-negotiable|a must|a requirement|please)",
    r"(?:want|need|"
    r"require|stick to|stick with|go with|only use|only want|only consider) " + _OSS,
    # "we need everything open source, is company rule, no exceptions"
    r"(?:need|want|require)s? (?:everything|all(?: (?:tools|of it|software))?|it all) (?:to be )?" + _OSS,
    r"no (?:proprietary|closed[- ]source|commercial|paid|vendor)(?! clouds?)(?![- ](?:hosted|managed|run|side|lock))"
    r"(?: (?:tools|software|products|"
    r"licen[sc]es|stuff))?",
    r"nothing (?:proprietary|closed[- ]source|commercial)",
    # "I want an open source alternative to W&B", "looking for an open-source option"
    r"(?:want|need|require|looking(?: for)?) (?:an? |some )?" + _OSS + r" (?:alternatives?|options?|tools?|"
    r"replacements?|solutions?)(?!,? (?:if possible|ideally|preferably|would be nice|if we can))",
    # "we are not allowed to use anything that isn't open source"
    r"(?:anything|nothing|something|tools?) that (?:isn't|is not|aren't|are not) " + _OSS,
    r"(?:we are|we're|i'm|i am) (?:an? )?" + _OSS + r" (?:shop|company|team|org|project|people|folks)",
    r"foss", _OSS + r" tools only", r"licen[sc]e (?:must|has to) be (?:osi|open)",
    # "everything has to be Apache-2 or MIT licensed", "no open-core stuff" (not "allergic to vendor lock-in", "avoid
    # lock-in": a wish for tools that run anywhere, which open source does not settle alone)
    r"(?:has to|must|needs? to|should) be (?:apache|mit|bsd)[\w.-]*(?: (?:or|and|/) (?:apache|mit|bsd)[\w.-]*)?"
    r"(?:[- ]licen[sc]ed)?", r"no open[- ]core",
    # asked for outright: "is there an open-source alternative to W&B", "anything open-source for faithfulness eval?"
    r"(?:is there|are there|any|anything|looking for|" + _RECOMMEND + r"|suggest\w*) (?:an? |any |some )?" + _OSS
    + r"(?! (?:is |would be |preferred|ideally))",
    # a closing word: "... that works with Slurm, open source.", "Is there something ...? Open source."
    r"(?<=[,.?!] )" + _OSS + r"(?= ?[.!]? $)", r"and " + _OSS + r"(?= ?[.!]? $)",
    r"(?:that's|that is|which is) (?:[\w-]+ and )?" + _OSS,
    # a licence allowlist: "IT only whitelists Apache-2.0 or MIT licensed software", "only lets us install
    # Apache-licensed stuff", "legal keeps an allowlist: Apache, MIT, BSD", "OSI-approved licences only"
    r"only (?:whitelists?|allowlists?|allows?|approves?|permits?|accepts?|lets us (?:install|use)) (?:\w+ ){0,2}"
    r"(?:apache|mit|bsd|osi)[\w.-]*(?: (?:or|and|/|,) ?(?:apache|mit|bsd)[\w.-]*)*(?:[- ]licen[sc]ed)?",
    r"(?:allow|white)[- ]?list(?: is)?:? (?:apache|mit|bsd)[\w.-]*,? (?:apache|mit|bsd)",
    r"osi[- ]approved licen[sc]es? only", r"only osi[- ]approved",
)
SELF_HOST_YES = (
    # "can't be SaaS", "it mustn't be vendor-hosted"
    r"(?:can't|cannot|can not|mustn't|must not|shouldn't|should not|won't|will not) be (?:a |any )?(?:saas|"
    r"(?:vendor|cloud|externally)[- ]hosted|hosted (?:by|elsewhere|outside))",
    # "we can't use anything that sends data outside our network", "it does not leave the hospital network, period"
    r"(?:sends?|ships?|uploads?) (?:\w+ ){0,2}(?:data )?(?:outside|out of|beyond) (?:our|the) (?:\w+ )?(?:network|"
    r"premises|building|firewall|vpc|infra\w*)",
    r"(?:data|it|that|this|they|images|scans|records|emails|text|pii|prompts|anything) (?:\w+ )?(?:does not|doesn't|"
    r"do not|don't|never|will not|won't) leaves? (?:the |our )?(?:\w+ )?(?:network|premises|building|firewall|vpc|"
    r"data ?cent(?:er|re)|infra\w*)",
    # the rule said as what happens otherwise: "if we can't self-host it, the university says no"
    r"if (?:we|i|you) (?:can't|cannot|can not) self[- ]?host(?: it| them)?,? (?:then )?(?:the )?(?:\w+ ){0,2}"
    r"(?:says? no|won't (?:allow|approve|sign)|is out|it's out|no go|no-go|a no)",
    # the rule said as where things may run: "no vendor-hosted control planes", "no customer PII in any third-party AI
    # service", "not allowed to send prompts to OpenAI or any external API", "won't open outbound internet from the
    # compute nodes", "installed offline and doesn't phone home", "research data stays on university-managed storage",
    # "imaging data stays on hospital hardware", "cannot touch anybody else's servers", "neither will let data leave
    # their premises", "no managed services, everything self-run", "as long as it runs in our data centre", "not
    # allowed to put research data on commercial clouds", "must be deployable with Terraform into our own AWS account"
    r"no (?:vendor|third[- ]party|externally)[- ](?:hosted|managed|run)",
    r"no (?:customer |patient |client |user )?(?:pii|data|prompts) (?:in|to|on) (?:any |a )?(?:third[- ]party|external|"
    r"outside|hosted|vendor)",
    r"(?:not allowed to|can't|cannot|can not|may not|must not|mustn't) send (?:\w+ ){0,3}to (?:[\w-]+ )?(?:or )?"
    r"(?:any )?(?:external|third[- ]party|outside|hosted) (?:apis?|services?|vendors?|providers?)",
    r"(?:won't|will not|don't|do not) (?:open|allow) (?:any )?outbound (?:internet|traffic|network|access)",
    r"(?:be installed|installable|install it) (?:fully )?offline",
    r"(?:doesn't|does not|don't|never|won't) phone home",
    r"(?:data|images|scans|recordings) (?:stays?|must stay|has to stay|lives?|remains?) on (?:the )?(?:[\w-]+ ){0,2}"
    r"(?:hardware|servers|storage|machines|infra\w*|premises|network)(?! of (?:a|the) (?:vendor|cloud))",
    r"(?:cannot|can't|can not|must not|may not|mustn't) touch (?:anybody|anyone|someone|somebody) else's (?:servers|"
    r"infra\w*|clouds?|computers|machines)",
    r"(?:won't|will not|doesn't|does not|don't|do not|neither (?:\w+ )?will|nobody will|none (?:\w+ )?will) let "
    r"(?:any |the |our |their )?(?:\w+ )?data leave",
    r"no managed services,? (?:\w+ )?(?:everything|all) (?:is )?self[- ]?(?:run|hosted|managed)",
    r"everything self[- ]?(?:run|hosted)",
    # "Our data cannot go outside of company servers"
    r"(?:data|it|anything) (?:cannot|can't|can not|must not|mustn't|may not|is not allowed to) go (?:outside|out) of "
    r"(?:the |our )?(?:company|company's|our own|our|the)? ?(?:servers|network|premises|data ?cent(?:er|re))",
    # "data cannot leave germany and our network, everything on our own servers"
    r"everything (?:runs? |is |stays? |must (?:be|run|stay) |has to (?:be|run|stay) )?on our own (?:servers?|hardware|"
    r"infra\w*|machines|metal|data ?cent(?:er|re)s?|premises)",
    r"as long as (?:it|they|everything) (?:runs?|stays?|lives?) (?:in|on|inside) our (?:own )?(?:data ?cent(?:er|re)|"
    r"servers|hardware|racks|premises|network|infra\w*|cluster)",
    r"(?:not allowed to|can't|cannot|can not|may not|must not) (?:put|store|keep|upload) (?:\w+ ){0,2}data "
    r"(?:on|in|to) (?:commercial|public|third[- ]party|external) clouds?",
    r"deployable (?:\w+ ){0,3}(?:into|in) our own (?:aws |azure |gcp |google cloud )?(?:account|subscription|project|"
    r"tenant|vpc)",
    r"(?:fully|entirely|only) (?:inside|within|in) our (?:own )?(?:kubernetes|k8s) clusters?",
    r"behind (?:the|our) vpn (?:and )?on our own (?:hardware|servers)",
    # "security wants nothing going to 3rd party SaaS"
    r"nothing (?:\w+ )?(?:going|goes|can go|may go|leaves|can leave) (?:out )?to (?:any )?"
    r"(?:3rd|third)[- ]part(?:y|ies)",
    r"no (?:3rd|third)[- ]party (?:saas|services|vendors|clouds?)",
    # "constraint: must stay in our tenant", "everything has to stay in our own AWS account", "data must stay in EU and
    # on our servers", "nothing SaaS, has to run in-cluster"
    r"(?:must|has to|have to|needs? to|should|can only) stay (?:\w+ ){0,3}(?:in|inside|within|on) (?:our|the) "
    r"(?:own )?(?:aws |azure |gcp |google cloud )?(?:tenant|account|vpc|subscription|project|network|servers?|infra\w*|"
    r"premises|data ?cent(?:er|re)|cluster|environment)",
    r"nothing saas", r"(?:has|have|needs?|must) (?:to )?run in-?cluster", r"in-?cluster only",
    # "it must run fully on their own servers"
    r"(?:must|has to|have to|needs? to|should|can only) (?:\w+ )?run (?:fully |entirely |only |completely )?on "
    r"(?:our|their|the client's|its) own (?:servers?|hardware|infra\w*|machines|metal|data ?cent(?:er|re)s?|premises)",
    r"self[- ]?host(?:ed|ing)?(?: only)?", r"(?:on|in) our own (?:infra(?:structure)?|cloud accounts?|accounts?|vpc)",
    r"nothing (?:ever )?leaves (?:the |our )?(?:\w+ )?(?:building|network|premises|"
    r"company|country|eu|vpc|infra\w*|data ?cent(?:er|re))", r"(?:can't|cannot|can not|not allowed to|may not) use "
    r"(?:any |the |a )?(?:public )?clouds?", r"everything (?:is |stays |must be |must stay |has to be )?on-?prem\w*",
    r"(?:locally|on-?prem\w*|in-house|ourselves) for (?:privacy|security|compliance|data protection)",
    r"(?:run|host)\w* (?:(?!kubernetes|k8s|kube|clusters?)[\w-]+ ){0,4}ourselves",
    r"air[- ]?gapped", r"air[- ]?gap (?:environment|network|site|zone)",
    # development corpus 68: "we're a dark site, no outside network at all", "a classified network, no route to the
    # internet", "whatever we use has to be installed inside it" (the enclave), "every tool runs on those servers,
    # operated by us"
    r"dark site", r"classified networks?", r"no route to the internet", r"no outside network",
    # corpus 91: "no internet on the secure network", "the server I'm allowed to use has no internet connection", "IT
    # won't give our servers internet access", "our notebooks can't reach the internet", "no internet egress from the
    # VMs", "our lab machines are offline", "GPU boxes in a disconnected lab" (not an HPC centre's compute nodes without
    # internet, whose login nodes have it: trackers sync from there; nor an app on a device that works offline)
    r"no internet (?:access |connection |connectivity )?(?:on|in|for|inside|from) (?:the |our )?(?:\w+ )?(?:prod\w*|"
    r"servers?|network|machines?|vms?|enclave|side)",
    r"(?:servers?|machines?|networks?|vms?|box(?:es)?|labs?|enclaves?|environments?|computers?|pcs?|"
    r"hosts?|notebooks|workspaces?|workstations?) (?:(?!nodes?\b)\S+ ){0,4}(?:has|have|with|gets?|get) no "
    r"(?:outbound )?internet",
    # corpus 91: the secure settings of hospitals and health research ("radiology models have to run inside the
    # hospital network", "a trusted research environment", "the inference engine, vector DB and orchestration all
    # stay in our data centre", "has to stay on the hospital's own servers", "no API calls out")
    r"(?:run|stay|live|be hosted|be kept|be deployed)\w* (?:\w+ ){0,2}(?:inside|within) (?:the|our) (?:own )?"
    r"(?:hospital|bank|agency|company|council|university|plant|corporate|internal)(?:'s)? ?(?:own )?(?:network|"
    r"firewall|intranet)",
    r"trusted research environments?", r"(?:in|inside|within) (?:a|the|our) tre\b",
    r"(?:all|everything) stays? (?:in|inside|on) our (?:own )?(?:data ?cent(?:er|re)|servers|premises|hardware|"
    r"network)",
    r"(?:has|have|needs?|must) to stay on (?:the|our) (?:\w+'s )?own (?:servers|hardware|data ?cent(?:er|re)|network|"
    r"premises)",
    r"no (?:external )?api calls? (?:out|outside|going out|leave)",
    r"(?:can't|cannot|can not|don't|do not|won't|never) (?:reach|access|connect to|get to|talk to) the internet",
    r"(?:won't|will not|doesn't|does not|don't|do not) give (?:\w+ ){0,3}internet access",
    r"no (?:outbound |external )?internet egress", r"no (?:outbound|external) (?:internet|network) (?:access|traffic)",
    r"(?:machines?|servers?|computers?|networks?|labs?|systems?|box(?:es)?|workstations?) (?:are|is) "
    r"(?:fully |completely |all )?(?:offline|disconnected)\b",
    r"disconnected (?:labs?|networks?|environments?|sites?|enclaves?)",
    # "legal says traces with customer data can't go to a US SaaS"
    r"(?:can't|cannot|can not|must not|mustn't|may not|shouldn't|won't|can never) (?:go|be sent|be uploaded) to "
    r"(?:an? |any )?(?:us |u\.s\. |american |external |third[- ]party |outside )?(?:saas|vendors?|hosted services?)",
    # "data residency forces us onto our own hardware", "not interested in a managed platform, we operate our own stuff"
    r"(?:forces?|forced|requires?|required|pushes|pushed) us (?:onto|to (?:use|run on|stay on)) our own (?:hardware|"
    r"servers|infra\w*|machines|metal|data ?cent(?:er|re)s?)",
    r"not interested in (?:a |any )?(?:managed|hosted|saas|vendor[- ]hosted) (?:platforms?|services?|tools?|"
    r"offerings?)", r"we (?:operate|run|host) our own (?:stuff|everything|tools|infra\w*)",
    r"(?:whatever|anything|everything|every (?:ml |ai )?tool) (?:we use )?(?:has to|must|needs to|will have to) be "
    r"installed (?:inside|in|on)", r"operated by us",
    r"(?:data|nothing|pii|it) (?:can't|"
    r"cannot|can not|must not|mustn't|may not|shouldn't|should not|is not allowed to|isn't allowed to|must never|"
    r"can never) (?:\w+ ){0,2}leave(?! (?:the )?(?:eu|europe|european union|uk|us|usa|country|canada|germany|"
    r"france|switzerland|australia|india|region|\w+ region)\b)", r"no (?:managed |hosted |vendor )?saas",
    r"(?:can't|cannot|can not|"
    r"not allowed to) use (?:any )?saas",
    r"no (?:external|third[- ]party|hosted|cloud) (?:services|vendors|saas|tools)", r"inside (?:our|the) "
    r"(?:vpc|network|firewall|perimeter)", r"data sovereignty",
    r"(?:has|have|must|needs? to) (?:to )?(?:run|stay|live|be hosted) (?:\w+ ){0,2}(?:on|in) (?:our|our own|"
    r"the company's) (?:aws |azure |gcp |google cloud )?(?:infra\w*|servers|cloud|accounts?|vpc|premises|network|"
    r"hardware|project|subscription|tenant)", r"behind (?:our|the) "
    r"firewall", r"host (?:it|everything|them|tools) ourselves",
    r"data (?:must|has to|needs to|can only|should) stay (?:on[- ]?prem\w*|in-house|internal|on our (?:own )?servers|"
    r"in our (?:own )?(?:aws |azure |gcp |google cloud )?(?:account|vpc|tenant|subscription))",
    r"nothing (?:can|may|is allowed to|should|must) (?:ever )?leave (?:it|them)\b",
    r"run (?:it|everything|them) ourselves",
    r"on[- ]?prem only", r"private deployment",
    r"(?:must|has to|have to|needs? to) (?:be|stay) (?:on[- ]?prem|in-house|"
    r"internal)", r"(?:our|the) data (?:must|has to|needs to|can only) stay",
    # "patient scans can't leave the hospital network", "legal won't let ticket text leave our racks"
    # (and corpora 94-95: "nothing can leave that VPC", "configs can't leave the machines")
    # (and corpus 97: "our raster archive can not leave our boundary")
    r"(?:can't|cannot|can not|must not|mustn't|may not|won't|shouldn't|never) (?:ever )?leave (?:our|the|that|this) "
    r"(?:\w+ )?(?:network|racks?|servers?|machines?|boxes|premises|building|tenant|account|subscription|cluster|vpc|"
    r"walls|site|country|data ?cent(?:er|re)|infra\w*|boundary|perimeter)",
    # what the data is, said in its own words: "the images can't leave it", "calls can never leave our infrastructure"
    r"(?:images|scans|calls|recordings|transcripts|documents|records|files|photos|audio|datasets|samples) "
    r"(?:can't|cannot|can not|must not|mustn't|may not|must never|can never|never) (?:ever )?leave\b",
    r"won't let (?:any |our )?(?:[\w-]+ ){0,3}leave (?:our|the)",
    # "the audio can't go to an external API", "prompts may not be sent to a third-party service"
    r"(?:data|audio|images|scans|calls|recordings|transcripts|documents|records|files|photos|prompts|text) "
    r"(?:can't|cannot|can not|must not|mustn't|may not|must never|can never|never) (?:be sent|go) (?:out )?to "
    r"(?:an? |any )?(?:external|third[- ]party|outside|public|hosted) (?:apis?|services?|vendors?|providers?|clouds?)",
    # "the clinics won't allow patient data to leave their servers", "no customer data leaving our AWS account"
    r"(?:won't|will not|don't|do not|doesn't|does not|never) (?:allow|permit|let) (?:any |our |the )?(?:[\w-]+ ){0,3}"
    r"(?:to )?leave (?:our|the|their) (?:own )?(?:[\w-]+ )?(?:network|racks?|servers?|premises|building|tenant|"
    r"account|vpc|walls|site|data ?cent(?:er|re)s?|infra\w*|hospitals?|clinics?)",
    # "nothing can leave our servers", "no data may leave the building"
    r"(?:nothing|no data|no pii|no patient data) (?:can|may|is allowed to|should|must) (?:ever )?leave (?:our|the) "
    r"(?:own )?(?:\w+ )?(?:network|racks?|servers?|premises|building|tenant|account|vpc|walls|site|country|"
    r"data ?cent(?:er|re)|infra\w*)",
    # "nothing can send data outside our own tenant", "no data may go outside the VPC"
    r"(?:nothing|no data|no pii) (?:can|may|must|should|is allowed to) (?:be )?(?:send|sent|go|leave|flow) "
    r"(?:\w+ ){0,2}outside (?:of )?(?:our|the) (?:own )?(?:tenant|account|network|vpc|infra\w*|walls|company|firewall)",
    r"nothing (?:ever )?leaves (?:the |our )?(?:\w+ )?(?:tenant|account|subscription|racks|servers|walls|site)",
    # "the company rule is 'no data leaves our AWS account'"
    # "no customer data leaving our AWS account"
    r"no (?:customer |patient |client |user |training |personal )?data (?:ever )?(?:leaves|leaving) "
    r"(?:the |our |their )?(?:own )?(?:[\w-]+ ){0,2}"
    r"(?:tenant|account|subscription|network|vpc|racks|servers|walls|site|building|premises|infra\w*|"
    r"data ?cent(?:er|re))",
    r"no (?:public )?cloud (?:is )?allowed",
    r"nothing (?:may|can|is allowed to|should) (?:touch|go to) (?:a |the |any )?"
    r"(?:public )?cloud", r"(?:sent|send|go|goes) off-?site",
    r"(?:inside|within) our (?:own )?(?:aws |azure |gcp |google cloud )?(?:account|tenant|subscription)",
    r"hosted by us",
    # "we don't buy SaaS for infra", "patient data can't go to any cloud", "data can't go to a vendor"
    r"(?:don't|do not|won't|never) (?:buy|use|pay for) (?:any )?saas",
    # "an alternative … that we can host", "something we can self-host"
    r"(?:that|which|something|anything) (?:we|i) can (?:self-?)?host\b",
    # "we can't send customer data to third parties"
    r"(?:can't|cannot|can not|not allowed to|may not|must not|mustn't) send (?:\w+ ){0,2}data to (?:any )?"
    r"(?:third[- ]part(?:y|ies)|vendors?|outside (?:parties|vendors|services)|external (?:services|vendors))",
    # "IT won't let us use any SaaS"
    r"(?:won't|will not|doesn't|does not|don't|do not) (?:let|allow) (?:us|me|the team|anyone) (?:to )?use "
    r"(?:any )?saas",
    # (and corpus 95: "NOC data can't go to an external LLM")
    # (and corpus 97: "data can not go to cloud, it is company rule", "not allowed to go to the public cloud")
    r"(?:can't|cannot|can not|must not|mustn't|may not|won't|never|not allowed to) (?:ever )?go to (?:(?:a|any|the) "
    r"(?:public |external |third[- ]party |outside )?(?:clouds?|vendors?|saas|third[- ]part(?:y|ies)|apis?)|"
    r"(?:public )?clouds?\b|(?:an? |any |the )?(?:external|outside|public|third[- ]party|hosted) llms?)",
    r"nothing (?:may|can|is allowed to|should|must) go to (?:a |any )?(?:third[- ]party|external|public|hosted|"
    r"outside)",
    r"(?:won't|will not|wouldn't|would not) (?:sign off on|allow|approve|let us) (?:sending|send|using|use) (?:\w+"
    r" ){0,2}"
    r"(?:to )?(?:any |a )?(?:third[- ]party|external|public|hosted|outside) (?:\w+ )?(?:saas|services?|vendors?|apis?)",
    r"not allowed to touch (?:any |an? |the )?(?:external|third[- ]party|public|outside)",
    # "whatever we use runs on our own servers", "running in our own Kubernetes clusters", "deployable on our hardware"
    # (not their own cloud machines: "we run on our own EC2 boxes" says where, not that tools must be self-hosted)
    # (and without "own", of the machines alone: "LLM observability that runs on our metal")
    r"(?:runs?|running|lives?|stays?|hosted|deployed) (?:in|on) our (?:own (?!ec2|gce|aws|azure|gcp)(?:[\w-]+ ){0,2}"
    r"(?:servers|hardware|machines|infra\w*|gpus|boxes|metal|clusters?|data ?cent(?:er|re)s?|kubernetes|k8s)|"
    r"(?:servers|hardware|machines|metal|data ?cent(?:er|re)s?))",
    r"deployable (?:on|in|into) our (?:own )?(?:hardware|infra\w*|servers|premises|subscription|account|clusters?|"
    r"tenant)",
    r"(?:runs?|running|works?|deployable|install(?:ed|able)?) (?:fully |entirely |only )?on-?prem(?:ises)?(?! and)",
    r"on-?prem(?:ises)? install(?:ation|s)?",
    r"(?:runs?|running|stays?|lives?) inside our (?:own )?(?:gcp |google cloud |aws |azure )?(?:project|vpc|network|"
    r"tenant|"
    r"account|subscription)",
    r"inside (?:our|the) (?:own )?(?:aws|azure|gcp|google cloud|corporate|company) (?:vpc|network|firewall|perimeter)",
    # "security wants PII kept in our VPC", "traces must stay on our infra", "keep the prompts inside our network"
    r"(?:data|pii|prompts|logs|traces|everything) (?:\w+ ){0,2}(?:kept|to stay|stays?|to remain|remains?) (?:in|"
    r"inside|within|on) (?:our|the company's) (?:own )?(?:vpc|network|infra\w*|servers|tenant|premises|hardware|"
    r"data ?cent(?:er|re))",
    r"keep (?:our |the |all )?(?:data|pii|prompts|logs|traces|everything) (?:in|inside|within|on) (?:our|the "
    r"company's) (?:own )?(?:vpc|network|infra\w*|servers|tenant|premises|hardware|data ?cent(?:er|re))",
    # "the cluster has no outbound internet": nothing it runs can call a vendor
    r"no (?:outbound|external) (?:internet|network)(?: access)?",
    # "something we can deploy into customer environments"
    r"deploy\w* (?:it |them )?(?:into|in|to|inside) (?:our )?(?:customers?|clients?)'? (?:own )?(?:environments?|"
    r"infra\w*|"
    r"premises|tenants?|clouds?|vpcs?|accounts?)",
    # development corpus 47: "no client data leaves our data centre", "we cannot upload pictures to internet because
    # of customer contract", "data cannot go out because of patient privacy law", "the club doesn't allow any cloud",
    # "proprietary is fine as long as the institute can host it"
    r"no (?:\w+ )?data (?:ever )?leaves (?:the |our )?(?:\w+ )?(?:building|network|premises|data ?cent(?:er|re)|"
    r"servers?|country|vpc|infra\w*)",
    r"(?:cannot|can't|can not|not allowed to|may not) upload (?:\w+ ){0,3}(?:to|on|onto) (?:the )?(?:internet|cloud|"
    r"outside)",
    r"(?:data|it|nothing) (?:cannot|can't|can not|must not|may not) go out",
    r"(?:doesn't|does not|don't|do not|won't) allow (?:any |the )?(?:public )?clouds?",
    r"as long as (?:the|our|we) (?:\w+ )?(?:can|could) host it",
    # development corpus 46: "nothing touches a public cloud", "data can't go to third-party SaaS", "we're not allowed
    # to put customer data in a public cloud"
    r"nothing touches (?:a |the |any )?(?:public )?cloud",
    # development corpora 94 and 95: "nothing leaves our estate", "a managed tracking SaaS is out", "must be
    # self-hostable", "data must stay on site", "no internet at all", "with no egress", "operator policy forbids any
    # public cloud", "inside our company's offline network", "security won't allow anything external"
    r"nothing (?:ever )?leaves (?:the |our )?(?:\w+ )?(?:estate|walls|site|hospital|campus)",
    r"saas (?:\w+ )?(?:is|are) (?:out|a non-?starter|off the table|not an option)",
    r"(?:must|has to|have to|needs? to|should) be (?:\w+ ){0,3}self[- ]?hostable",
    r"(?:must|has to|have to|needs? to) stay on[- ]?site",
    r"no (?:internet|network)(?: access| connection)? at all", r"no egress(?! to)",
    r"forbids? (?:any |the )?(?:public )?clouds?",
    r"offline network", r"(?:won't|will not|doesn't|does not|don't|do not) allow anything external",
    r"(?:can't|cannot|can not|mustn't|must not|may not) go to (?:any )?(?:3rd|third)[- ]party",
    r"not allowed to put (?:\w+ ){0,2}data (?:in|on|into) (?:a |the |any )?(?:public )?cloud",
    # development corpora 96 and 97, many written in English as a second language: "requirement from company: must run
    # with no internet", "server doesn't allow any external connection", "logs must all stay in government
    # datacenter", "must be installed on our server", "nothing to vendor cloud", "we don't want to give our data and
    # models to the cloud provider"
    r"(?:must|has to|have to|needs? to|should) (?:\w+ )?(?:run|work) (?:with no|without) (?:any )?(?:internet|network)",
    r"(?:doesn't|does not|don't|do not|won't|will not) allow (?:any )?(?:external|outside|outbound) (?:connections?|"
    r"access|traffic|network)",
    r"(?:stay|stays|kept|live|lives) in (?:the )?(?:government|our|our own|company|the company's) (?:data ?cent(?:er|"
    r"re)|servers?|infra\w*)",
    r"installed on (?:our|the company's|company) (?:own )?servers?",
    r"nothing (?:goes |can go |may go )?to (?:the )?vendor(?:'s)? clouds?",
    r"no (?:external|outside|third[- ]party|cloud) (?:llm )?apis?(?: calls?)? (?:are |is )?allowed",
    r"(?:must|has to|needs to) run on (?:the |our )?company servers?",
    r"(?:don't|do not|won't) want to give (?:\w+ ){0,5}to (?:the |any )?(?:cloud|vendor)",
)
SELF_HOST_NO = (
    # "hosted everything, please", "not something we want to host ourselves anymore"
    r"(?<!self-)(?<!self )(?<!self)hosted everything", r"(?:everything|all) hosted,? please",
    r"not (?:something|anything) (?:that )?(?:we|i) (?:want|like|need) to (?:self[- ]?)?host",
    # "I'd much rather use managed stuff than babysit servers"
    r"(?:rather|prefer to|happy to|want to) use managed (?:stuff|services|tools|things|offerings|products)",
    r"managed (?:stuff|services|tools|things) (?:rather )?than (?:babysit|run|host|maintain|manag)\w* (?:our own )?"
    r"(?:servers|infra\w*|boxes|vms)",
    r"(?:an? )?(?:saas|managed|hosted|cloud services?|a vendor|vendors?) (?:services? |options? |tools? )?"
    r"(?:is|are|would be) (?:totally |perfectly |completely |"
    r"absolutely |also |really )?(?:fine|ok|okay|allowed|great|preferred|acceptable)",
    r"without (?:running|hosting|operating|maintaining|managing) (?:a |any |our own )?(?:servers?|infra\w*|anything)",
    r"(?:happy|willing|fine|ok|glad) to pay for (?:a |an )?(?:managed|hosted|saas)",
    # "looking for something managed", "we'd prefer something hosted", "we're looking for a managed labeling service"
    r"(?:looking for|prefer|want|need|rather have|after|moving to|switch(?:ing)? to) (?:(?:something|anything|a tool|"
    r"tools|a service|one) (?:that's |that is )?(?:fully )?(?:managed|hosted)(?! (?:by|on|in) (?:us|ourselves|our own))"
    r"|(?:a |an )?(?:fully )?(?:managed|hosted) (?:[\w-]+ ){0,2}(?:service|tool|offering|option|version|platform|"
    r"solution)s?\b)",
    # "budget is fine, SaaS ok", "managed fine"
    r"(?<!is )(?<!are )(?<!self-)(?<!self )(?:saas|managed|hosted)(?: tools| services)? (?:ok|okay|fine)(?![a-z-])"
    r"(?!\s*\?)",
    r"(?:happy|fine|ok|okay) with (?:saas|managed|hosted|a vendor)", r"(?:prefer|want|rather have) (?:saas|managed|"
    r"hosted|fully managed)", r"(?:don't|do not|doesn't|no) (?:want|need|have) to (?:self[- ]?host|host|run|operate|"
    r"manage)(?! (?:kubernetes|k8s|kube|a cluster|clusters?)\b) (?:\w+ )?(?:anything|it|infra\w*|servers|tools|"
    r"ourselves)?", r"no self[- ]?host(?:ing|ed)?",
    r"not self[- ]?host(?:ed|ing)?", r"(?:rather|prefer to) not (?:self[- ]?host|host|run (?:our own )?infra\w*)",
    r"no (?:ops|infra) (?:team|people|capacity)",
    # "what we can't do is host anything ourselves", "we'd much rather pay someone than run it ourselves"
    r"(?:can't|cannot|can not|unable to)(?: do(?: is)?)? (?:self[- ]?host|host|run|operate|maintain) (?:anything|it|"
    r"tools|servers|infra\w*|stuff) (?:ourselves|in-house|on our own)",
    r"rather pay (?:someone|somebody|a vendor|for it)\b[\w ,'-]{0,20}? than (?:to )?(?:run|host|operate|maintain|"
    r"manage|babysit)", r"nobody to (?:run|operate|maintain) (?:it|infra\w*|servers)",
    r"self[- ]?host(?:ed|ing)? (?:is )?(?:not (?:required|needed|necessary)|optional)", r"managed (?:services )?"
    r"(?:only|please|preferred)", r"(?<!no )saas (?:only|preferred|please)", r"no on-?prem requirement",
    # "so we don't run servers", "we're not allowed to run our own servers", "it has to be managed"
    r"so (?:that )?we (?:don't|do not|never) (?:have to )?run (?:our own |any )?servers",
    r"(?:not|aren't|are not|isn't|is not) allowed to run (?:our own |any )?servers",
    r"(?:has|have|needs?) to be (?:fully )?managed", r"a managed (?:cloud )?option so",
    # "we'd happily pay for SaaS", "prefer not to manage infra ourselves", "I'd rather pay for managed services than
    # run anything ourselves"
    r"(?:happily|gladly) pay for (?:a |an )?(?:managed|hosted|saas)",
    r"rather (?:pay for|use|buy|have) (?:a |an )?(?:managed|hosted|saas|cloud)\b[\w -]{0,30}? than (?:to )?(?:run|host|"
    r"operate|maintain|manage|babysit)",
    r"(?:prefer|rather) not (?:to )?(?:manage|run|operate|maintain|host) (?:any |our own )?(?:infra\w*|servers|"
    r"anything)",
)
BUDGET: dict[Budget, tuple[str, ...]] = {
    Budget.NONE: (r"zero dollars", r"(?<=[.!?] )free[.!]?\s*$",
                  # "ha. what budget": said of a budget, that there is none
                  r"(?:^|(?<=[.!?,] ))what budget[?!.]*\s*$",
                  # "just want a hosted notebook environment for my class of students, free"
                  r"(?<=, )free(?: please| pls| only| ideally| if possible)?[.!]?\s*$",
                  # "Free, we're a university."
                  r"(?:^|(?<=[.!?] ))free, (?:we're|we are|since|as|because)",
                  r"free only", r"no budget", r"zero budget", r"only free", r"free (?:tools|stuff|software|"
                  r"options|tiers?|plans?)? only", r"free[- ](?:tiers?|plans?) only", r"only (?:the )?free[- ]tiers?",
                  r"budget (?:got |was |has been |just got )?(?:cut|slashed) to (?:nothing|zero|0)",
                  r"zero (?:for|on) (?:tools|software|licen[cs]es|vendors)",
                  # (not a double negative: "it's not that we can't pay, there is money")
                  r"(?<!not that we )(?<!not that i )"
                  r"(?:can't|cannot|can not|won't|unable to|(?:university|institute|company|lab|department|school|"
                  r"boss|uni) (?:does |do |will |would )?(?:not|don't|dont|doesnt|never)) "
                  r"(?:pay|spend)(?! (?:much|a lot|more|too much|big|lots|"
                  # (not "won't pay that", a price named)
                  r"that much|thousands|enterprise|that\b|for (?:that|it|this|those)|per[- ]seat))", r"\$0",
                  r"0 (?:budget|dollars|\$|usd|eur)", r"no money", r"zero (?:money|cash|funds|funding)",
                  r"(?:i'm|im|i am|we're|we are) (?:totally |completely |flat )?broke",
                  r"broke (?:student|undergrad|grad)", r"nothing to spend", r"no spend", r"unfunded",
                  r"nothing paid", r"no (?:new )?paid (?:tools|plans|products|software|licen[sc]es)",
                  # "there's literally no line for software licences", "the grant only pays for compute hours"
                  r"no (?:budget )?line for (?:any )?(?:software|tools|tooling|licen[sc]es)",
                  # "So: free.", "So free stuff it is."
                  r"so:? free(?: stuff| tools)?(?: it is)?[.!]",
                  r"(?:anything|everything) paid is (?:out|off the table|a no)", r"(?:has|have|needs?) to be free",
                  r"must be free", r"(?:must|has to|have to|needs? to|should|can only) cost (?:us )?nothing",
                  r"(?:that's|that is|thats|which is|as long as it's) free\b(?! (?:tier|trial|of|from))",
                  # "budget is basically zero", "budget: ~0", "budget = none", "budget ≈ $0"
                  r"budget ?(?:is |: ?|= ?)?(?:~ ?|≈ ?|about |around |roughly |approx\.? |basically |pretty much |"
                  r"practically |now |literally )?(?:zero|nil|none|\$?0)(?![.,]?\d)",
                  r"not a (?:penny|dime|cent)", r"no funding",
                  # "we have not budget", "we haven't any budget" (not "we haven't budgeted", "have not budget yet")
                  r"(?:have not|haven't|has not|hasn't) (?:any )?budget(?![a-z])(?! (?:yet|set))",
                  # "cloud credits only: there's no cash for SaaS subscriptions"
                  r"no (?:cash|money) for (?:any )?(?:saas|subscriptions|tools|tooling|software|licen[cs]es)",
                  r"(?:cloud )?credits only",
                  # "we don't actually have a budget, zero" (not "we don't have a fixed budget yet")
                  r"(?:don't|do not|dont|doesn't|does not) (?:really |actually |even )?have (?:a |any )?(?:tools? |"
                  r"tooling |software )?(?:budget|money)(?! (?:yet|set|figured|number|cap|limit|line for (?:gpu|"
                  r"compute|cloud)))",
                  r"(?:something|anything|tools?|options?|stuff) (?:that's |that is )?free(?! or| and| tier)",
                  r"free(?: tools| stuff)?,? please",
                  r"budget:? (?:is )?(?:basically |pretty much |literally )?nothing",
                  # "no $$", "$0 budget", "just want to log my runs for free", "for free, ideally"
                  r"no \$+",
                  r"(?:(?:want|wanna|need)(?: it| them| this| that)?|do (?:it|this|that)|run (?:it|them)|\w+ my \w+) "
                  r"for free(?! tier)",
                  # "I can't expense anything", "has to be self-hosted and free", "somewhere free to log runs",
                  # "free tools to build a test set", "all free", "also free, obviously"
                  r"(?:can't|cannot|can not|unable to) expense (?:anything|a thing|it|tools|software)",
                  r"(?:it |they |this |that )?(?:can't|cannot|can not|mustn't|must not) cost (?:anything|a thing|"
                  r"a penny|a cent|money)",
                  r"(?:has|have|needs?) to be (?:[\w-]+ and )free(?![- ](?:tier|trial))", r"must be (?:[\w-]+ and"
                  r" )?free"
                  r"(?![- ](?:tier|trial))",
                  r"(?:somewhere|something|anywhere|anything|a place) free(?! (?:tier|trial|up|of|from))",
                  r"(?:a|any) free (?:place|way|option|alternative|service|setup)",
                  # "a good free self-hosted alternative to wandb", "best free tool to annotate audio" (not "in a free
                  # tool that keeps crashing": one they have)
                  r"(?<!in )(?<!with )(?<!using )(?<!on )(?:a|any|good|decent|best|some) (?:good |decent |solid )?"
                  r"free,? (?:(?:and )?(?:self-hosted|self hosted|open[- ]source|oss|local|on-prem) )?(?:place|way|"
                  r"options?|alternatives?|service|setup|tools?|trackers?|replacements?)",
                  r"free (?:tools|options|alternatives|solutions?)(?! (?:tier|trial))",
                  # "which free tool I can use for tracking experiments"
                  r"(?:which|what) free (?:tools?|options?|software|trackers?|alternatives?|platforms?)",
                  # "kindly suggest how to deploy it free of cost"
                  r"free of (?:cost|charge)",
                  r"(?:all|also|everything|both) free(?![- ](?:tier|trial|of|from|up))",
                  # development corpus 80: "the software budget on this grant is literally zero", "track experiments
                  # without any extra cost", "free for students is a must"
                  r"budget (?:\w+ ){1,4}is (?:literally |basically |practically |effectively )?(?:zero|nil|nothing|"
                  r"\$?0)(?![.,]?\d)",
                  r"without (?:any )?(?:extra |additional )?(?:cost|costs|charge)(?! (?:much|a lot|more))",
                  r"free for (?:students|academics|academic use|education|educators|researchers) (?:is|are) (?:a must|"
                  r"required|needed|key|essential|non-negotiable)"),
    Budget.LOW: (r"(?:a )?(?:few|couple(?: of)?) hundred(?: bucks| dollars| euros)?(?: a | per | ?/ ?| each )"
                 r"(?:month|mo|year|yr)",
                 # "Budget for tools beyond the credits is small"
                 r"budget (?:\w+ ){1,5}is (?:small|tight|limited|modest|low|minimal)",
                 # "cost must stay low, we burn money already"
                 r"costs? (?:must|has to|needs to|should) (?:stay|be|remain) (?:low|small|minimal)",
                 # "budget is a few dollars a month max"
                 r"(?:a )?(?:few|couple(?: of)?) (?:bucks|dollars|euros|quid|pounds)(?: a | per | ?/ ?| each )"
                 r"(?:month|mo)",
                 r"low budget", r"small budget", r"tight budget", r"limited budget", r"modest budget",
                 # "as long as it isn't enterprise money", "budget is whatever I can expense, so small"
                 r"(?:isn't|is not|not) enterprise money",
                 r"budget is (?:[\w ,']{0,40}?)so (?:small|tiny|modest|little)",
                 # "we're bootstrapped", "a bootstrapped startup", "scrappy team" (not "a very bootstrapped model",
                 # "scrappy scripts")
                 r"shoestring", r"(?:we(?:'re| are)|(?:fully|self)[- ]?|startups? (?:is|are)) (?:\w+ )?bootstrapped",
                 r"bootstrapped,? (?:\w+ )?(?:startups?|company|companies|teams?|business|saas|shop|founders?|orgs?)",
                 r"(?<=, )bootstrapped(?=[,.;!)]| and | so |$)",
                 r"not (?:a )?(?:huge|big|large|much|lots of) (?:budget|money)",
                 # "budget is not much", "budget is very less", "we don't have much budget"
                 r"budget (?:is |:\s?)?(?:not (?:much|big|huge|large|a lot|that much|so much)|(?:very |quite )?less)"
                 r"(?![a-z])",
                 r"(?:don't|do not|dont|doesn't|does not) have (?:much|a lot of|a big|big|a large|large) (?:budget|"
                 r"money)", r"(?:very |quite )?less (?:budget|money)",
                 r"(?:a )?little (?:budget|money)", r"(?:a )?small grant",
                 r"cheap (?:tools|options|stuff)", r"inexpensive", r"budget[- ]conscious", r"cost[- ]sensitive",
                 r"on a budget", r"low[- ]cost", r"every (?:dollar|penny|euro|cent|"
                 r"pound) counts", r"lean budget", r"not much (?:budget|money|to spend)",
                 r"a bit of (?:budget|money)", r"(?:a )?few hundred (?:dollars|bucks|\$|usd|eur|euros)", r"cheap",
                 r"(?:can't|cannot|can not) (?:pay|spend) (?:much|a lot|too much|big|lots|that much)",
                 r"(?:low |a few |a couple (?:of )?)?hundreds? (?:of )?(?:dollars |bucks |euros )?(?:a|per|/) ?mo\w*",
                 r"grant money",
                 r"budget:? (?:is )?(?:low|small|tight|limited|tiny)",
                 r"scrappy(?! (?:scripts?|code|notebooks?|prototypes?|demos?|pipelines?|setups?|hacks?|tooling|mvp|"
                 r"poc))",
                 r"tiny budget",
                 r"(?:money|funds|cash|funding)(?:'s| is| are) (?:\w+ )?(?:tight|limited|short|scarce)",
                 r"no budget for (?:enterprise|big|expensive|fancy)\w*", r"not enterprise money",
                 r"cheapest (?:option|way|tool|setup|thing|plan)s?",
                 # "price is increasing too much for us. Looking for cheaper option"
                 r"looking for (?:a |an )?cheaper (?:option|alternative|tool|plan|setup|way)s?",
                 r"bake[- ]sale", r"(?:some|a little) money,? but not (?:\w+ )?(?:enterprise|a lot|much|huge)",
                 # "happy to pay a little for hosted", "fine to pay a bit, not enterprise money"
                 r"(?:happy|willing|ok|okay|fine|glad|open|able) to (?:pay|spend) (?:a (?:little|bit)|a small amount|"
                 r"a few bucks)(?! more)",
                 # "we can pay a bit", "we could spend a little": a little money is a small budget (every blind
                 # writer of corpora 13-62 labelled it low)
                 r"(?:can|could) (?:pay|spend|afford) (?:a (?:little|bit)|a small amount)(?! more)",
                 # development corpus 47: "something not too expensive", "we dont want pay much", "small money",
                 # "without blowing the grant", "budget is whatever is left of my grant", "low presupuesto", "the
                 # cheapest path"
                 r"not too (?:expensive|pricey|costly)", r"(?:don't|dont|do not) want (?:to )?pay (?:much|a lot)",
                 r"small money", r"without blowing (?:the|our|my) (?:grant|budget)",
                 r"(?:whatever|what)(?:'s| is) left (?:of|in) (?:my|our|the) (?:grant|budget)",
                 r"(?:low|small|poco|pequeño) presupuesto", r"cheapest path"),
    Budget.MEDIUM: (r"budget (?:is |'s )?decent",
                    # "correction on budget: it's moderate, not zero"
                    r"budget(?: is|'s)?[:,]? (?:it's |its |is )?(?:moderate|medium|mid-sized|average)"
                    r"(?! (?:team|size))",
                    # "a few thousand/mo is ok", "a couple grand a month"
                    r"(?:a )?(?:few|couple(?: of)?|low) (?:thousands?|grand|k)(?: a | per | ?/ ?| each )(?:month|mo)",
                    r"medium budget", r"moderate budget", r"reasonable budget", r"decent budget",
                    r"(?:a )?decent (?:amount|sum|chunk)(?! of (?:time|data|work|effort|gpus?|compute))",
                    r"some budget(?:,? (?:but )?not (?:huge|big|large|enormous))?", r"average budget",
                    r"moderate (?:[\w-]+ )?budget",
                    r"mid(?:-size[d]?|dle)? budget", r"can (?:pay|spend) (?:something|some)(?! more)",
                    r"(?:a )?few (?:thousand|k) (?:dollars|"
                    r"bucks|\$|usd|eur|euros|a month|per month|/mo)", r"budget (?:is )?(?:medium|moderate|ok|okay|"
                    r"reasonable|fine)", r"budget: (?:medium|moderate|mid|ok|okay|reasonable|decent|some)",
                    r"have (?:a )?budget",
                    r"we (?:can|could) (?:pay|afford) (?:something|some)(?! more)",
                    r"money(?:'s| is) (?:ok|okay|fine)", r"(?:a )?(?:couple|few) (?:of )?grand",
                    # "we'd pay for something reasonable", "happy to pay a reasonable price"
                    r"(?:we'd|we would|we'll|we will|happy to|willing to|ok to|okay to|fine to|could|can) (?:\w+ )?"
                    r"pay (?:for (?:something|a tool|one|a service) (?:reasonable|sensible|decent|reasonably priced)|"
                    r"a (?:reasonable|sensible|fair) (?:amount|price|sum))"),
    Budget.HIGH: (r"budget(?:'s| is) (?:not|no) (?:an? )?(?:issue|problem|concern|constraint)",
                  # "no budget issues", "no money constraints": money is not what limits them (not "no budget")
                  r"no (?:real )?(?:budget|money|cost|spending) (?:issues?|problems?|concerns?|constraints?|"
                  r"limits?|worries)",
                  # "Budget isn't really the blocker, finding something sane is."
                  r"budget (?:isn't|is not|'s not) (?:really )?(?:the |a )?(?:blocker|problem|issue|constraint)",
                  r"high budget", r"big (?!data )(?:[\w-]+ )?budget(?! cuts?)",
                  r"money(?:'s| is)? (?:not|no|isn't) (?:really )?(?:an? |the )?(?:object|issue|problem|"
                  r"concern|constraint)", r"large budget", r"huge budget", r"generous budget",
                  r"plenty of (?:budget|money)", r"money (?:is|isn't) (?:no|not an?) (?:object|issue|problem)",
                  r"budget (?:is )?(?:not|isn't|no) (?:an? )?(?:issue|problem|concern|constraint)",
                  r"budget:? (?:is )?(?:high|big|large|huge|generous|unlimited)", r"enterprise budget",
                  r"budget:? whatever it takes", r"(?:spend|pay) whatever it takes",
                  r"well[- ]funded", r"deep pockets", r"cost (?:is )?(?:not|no|isn't) (?:an? )?(?:issue|concern|"
                  r"object)", r"unlimited budget", r"money is no object", r"(?:whatever|anything) it costs",
                  r"(?:budget is )?healthy(?: budget)?", r"(?:cost|costs|money|price|budget)(?:'s| is| are)? "
                  r"(?:not|isn't|aren't) (?:the |a |our )?(?:main |big |biggest |primary )?(?:worry|concern|issue|"
                  r"problem|constraint)",
                  # "low six figures a year", "not a tooling-budget problem", "real budget", "budget for a proper
                  # enterprise platform"
                  r"(?:low |mid |high )?(?:six|seven|6|7)[- ]figures?",
                  r"not an? (?:[\w-]+[- ])?budget (?:problem|issue|question|constraint)",
                  r"(?:real|serious|significant|substantial) budget",
                  r"(?:have |got )?(?:a )?budget for (?:a |an )?(?:proper |real |full |big )?enterprise\w*"),
}
SCOPE: dict[ScopePreference, tuple[str, ...]] = {
    ScopePreference.ALL_IN_ONE: (
        # "a tool that does everything", "labeling + versioning + training in one?", "from labeling all the way to
        # deployment"
        r"(?:tool|platform|product|something|anything|one thing) (?:that )?(?:does|covers|handles) (?:it all|"
        r"everything)\b",
        r"(?:\+|and) [\w -]+ in one(?: tool| platform| product)?\s?\?",
        r"(?:labell?ing|data|training|notebooks?) all the way (?:from [\w -]+ )?to (?:deploy\w*|production|prod|"
        r"serving|monitoring)",
        # "I want one approved ML platform for our 40 data people", "one governed platform"
        r"one (?:approved|governed|sanctioned|standard|central|company-wide|shared|managed) (?:ml |ai |data |"
        r"data science )?(?:platform|vendor|stack)",
        # (not a place for one piece of work: "it's all in one notebook"; not the one person who runs it: "I'm the one
        # platform engineer"; not what an agent did: "an agent hammers one tool", "one tool loop")
        r"one all-in-one platform",
        r"all[- ]in[- ]one(?! (?:jupyter |big |giant |huge |long )?(?:notebooks?|scripts?|files?|spreadsheets?|"
        r"sheets?|cells?|repos?|folders?|dags?|functions?))",
        r"(?<!hammers )(?<!hammering )(?<!calling )(?<!retrying )(?:one|single|a single|"
                                 r"unified|one big|integrated|end[- ]to[- ]end) (?:platform|tool|vendor|solution|"
                                 r"suite|product|setup|stack|system)"
                                 r"(?! that does (?:this |that |the |just )?one thing)"
                                 r"(?![- ](?:engineers?|eng|team|people|folks|person|guy|owners?|admins?|squad|"
                                 r"group|leads?|loops?|calls?)\b)",
                                 # "a proper end-to-end setup but I don't want 10 tools"
                                 r"(?:don't|do not|dont) want (?:\d+|five|six|seven|eight|nine|ten|a dozen|many|"
                                 r"lots of|a bunch of|a zoo of|a pile of) (?:different |separate )?tools",
                                 r"one tool (?:for|to do) (?:everything|it all)", r"one-stop",
                                 r"everything in one place", r"(?:fewer|less) tools", r"one place for everything",
                                 # "preferably in one place not 5 different tools"
                                 r"in one place,? (?:and )?not (?:\d+|two|three|four|five|six|many|several|ten) "
                                 r"(?:different |separate )?tools",
                                 r"(?:a single|one single|single) (?:[\w-]+ )?(?:tool|platform|stack|vendor|suite)",
                                 r"(?:on|onto|to) one (?:[\w-]+ )?(?:stack|platform)", r"consolidat\w+",
                                 r"(?:fewer|less) vendors",
                                 r"replaces? (?:half|most|a few|several|some|many) (?:of (?:them|those|our tools)|"
                                 r"(?:of )?(?:our |the )?(?:things|tools))"),
    ScopePreference.PIECEMEAL: (r"best[- ]of[- ]breed(?: pieces)?", r"piecemeal", r"modular(?:ity)?",
                                # "one thing well, we hate platforms", "allergic to all-in-one platforms"
                                r"(?:hate|dislike|can't stand|allergic to|sick of|tired of|wary of) (?:big |heavy |"
                                r"all[- ]in[- ]one |ml |end[- ]to[- ]end )?platforms", r"(?<![a-z])one thing well",
                                r"composable", r"mix(?:-| and )match", r"(?:small|separate|individual|focused|"
                                r"lightweight|specialized|specialised) tools", r"(?:one|a) tool per (?:job|stage|"
                                r"task)", r"unix philosophy", r"avoid (?:big |heavy )?platforms",
                                r"no (?:big |heavy )?platforms", r"not (?:an? )?all[- ]in[- ]one",
                                r"no all[- ]in[- ]one",
                                r"(?:don't|do not) want (?:a |one )?(?:big |heavy |giant |huge |grand )?platform",
                                r"(?:swappable|separate|interchangeable|modular) (?:pieces|parts|components|tools)",
                                r"pieces (?:that )?(?:we|i) can swap", r"not (?:a |one )?(?:huge |big )?monolith",
                                r"single[- ]purpose tools?", r"small tools? (?:that )?(?:does|do) (?:\w+ ){0,2}well",
                                r"not (?:a|another) (?:big |whole |heavy |huge |giant |grand )?platform",
                                r"than a (?:big |whole )?platform",
                                # "not want heavy platform", "not looking for another big platform"
                                r"not (?:want|need|looking for)(?: a| an| another)? (?:big |heavy |huge |whole )"
                                r"platform",
                                # "we'd rather add small pieces than adopt a platform", "just the few pieces we
                                # actually need"
                                r"small pieces", r"(?:just |only )?the (?:few )?pieces (?:we|i) (?:actually |really )?"
                                r"need", r"than (?:adopt|buy|use|run)(?:ing)? (?:a |one |an )?(?:big |whole |"
                                r"all[- ]in[- ]one )?platform",
                                # "we were burned by an all-in-one vendor before and want swappable pieces"
                                r"burned by (?:an? |the |our )?(?:all[- ]in[- ]one|platform|monolith\w*)",
                                # what they do not want said as such: "not looking for a platform, just one tool",
                                # "we're not trying to build an ML platform", "I'm not asking for the moon: no
                                # kubernetes, no platform", "we don't need something that does everything", "we'd
                                # rather not be locked into one vendor again"
                                r"not (?:looking for|after|trying to (?:build|buy|adopt|run)|asking for|interested in|"
                                r"shopping for) (?:an? |one |the |some )?"
                                r"(?:(?!managed|hosted|saas|cloud|vendor)\w+ )?platform",
                                r"(?:(?<=[,:;] )|^)no platform\b(?![- ](?:sprawl|zoo|mess|engineers?|team|"
                                r"people|folks|group|eng|support|org|squad|person|guy|owners?|admins?))",
                                r"(?:don't|do not|doesn't|does not) need (?:something|anything|a tool|one tool|"
                                r"a platform) (?:that )?(?:does|covers|to do) (?:everything|it all)",
                                r"(?:not|never) (?:be )?(?:locked|tied) (?:in)?to (?:one|a single) vendor"),
    ScopePreference.NO_PREFERENCE: (r"no (?:strong )?preference (?:on|about|between|for) (?:the )?(?:platform|scope|"
                                    r"all-in-one|pieces)\w*",
                                    # "I don't have strong feelings about one platform versus separate pieces"
                                    r"(?:don't|do not) have (?:strong |any |a )?(?:feelings?|opinions?|preferences?) "
                                    r"(?:about|on|between) (?:one |a |an )?(?:platform|all[- ]in[- ]one|pieces|tools)"
                                    r"(?: \w+)? (?:versus|vs\.?|or) (?:separate |individual |small )?(?:pieces|tools|"
                                    r"platforms?|components)"),
}
#: A CI/CD service by its kind or its name, as the place models are tested and shipped from.
_CI = (r"(?:ci ?/ ?cd|ci\b|cloud build|github actions|gitlab(?: ci)?|jenkins|azure (?:pipelines|devops)|argo ?cd|"
       r"circleci|buildkite|tekton|codepipeline)")
#: No model shipped yet, so no pipeline trains and ships one: level 0, said also as a wish ("we want to ship our
#: first model to prod this quarter", "go from zero to one model in prod", "no models in prod yet").
NO_MODEL_YET = (
    r"(?:ship|deploy|launch) (?:our|my|the) (?:very )?first (?:[\w-]+ ){0,3}?model\b",  # shipping it is still ahead
    r"(?:get|put|push|take|move) (?:our|my|the) (?:very )?first (?:[\w-]+ ){0,3}?model (?:\w+ ){0,2}(?:to|in|into|"
    r"out of) (?:prod|production|notebooks)", r"from zero to (?:one|1|our first) models?",
    r"(?:no|zero) models? (?:\w+ )?in (?:prod|production) yet",
    r"(?:haven't|have not|never) (?:yet )?(?:deployed|shipped|put) (?:a single|any|one) (?:ml )?models?",
    # "we've never shipped ML", "never put any ML in production"
    r"never (?:yet )?(?:shipped|deployed|put) (?:any )?(?:ml|machine learning|ai)(?![a-z])",
)

MATURITY: dict[int, tuple[str, ...]] = {
    0: (r"by hand(?:: notebooks and scripts)?(?![- ]written)", r"notebooks?(?: and| &) scripts",
    r"scripts and notebooks",
        # (not "ad hoc" alone: "we rent GPUs ad hoc" says nothing of how models are trained and shipped)
        r"ad[- ]hoc (?:deploy\w*|releases?|re-?train\w*)", r"nothing (?:is )?automated", r"no automation",
        r"not automated", r"(?:everything|all) (?:is )?manual", r"manual(?:ly)? (?:train|deploy|run|copy)\w*",
        r"train\w* (?:\w+ )?(?:in|from) (?:jupyter|notebooks)",
        r"copy(?:ing)? (?:model )?files", r"cop(?:y|ying|ies) (?:the |a |our )?(?:pickles?|model files?|weights|"
        r"\.pkl|joblib)\w* (?:\w+ ){0,2}(?:to|onto) (?:a |the |our )?(?:server|box|machine|bucket|vm)",
        r"re-?run (?:all )?(?:the )?cells", r"level 0",
        # "retraining is a calendar reminder", "I open retrain.ipynb and run all cells", "one data scientist re-running
        # the notebook"
        r"calendar reminder", r"run(?:s|ning)? all (?:the )?cells",
        r"re-?runn?(?:ing|s)? (?:the |a |our |that |his |her |their )?(?:[\w-]+ )?notebooks?",
        r"haven't shipped", r"not in production yet", r"no pipelines",
        # development corpus 39: "retrained by whoever owns it, whenever they feel like it, from their own notebook",
        # "trained in a notebook last year", "builds load forecasts in Azure ML notebooks", "a simulation that runs for
        # hours in a Jupyter notebook on my laptop", "training is me running a YOLO script on a gaming PC",
        # "launching jobs one at a time, then copying numbers into a spreadsheet"
        r"whenever (?:they|someone|somebody|we|i|people) feel like it",
        # "a README that says 'run cells in order'", "we have nothing set up", "we currently do everything in Jupyter
        # and R scripts"
        r"run (?:the )?cells in order", r"(?:we have )?nothing set up\b",
        r"(?:do|does) everything in (?:jupyter|notebooks|(?:r |python )?scripts)",
        # training and shipping left to a person: "someone opens the notebook on Monday morning and runs it", "a human
        # runs them in order every Monday", "someone has to notice the data changed and press the button", "runs
        # are started manually", "training is kicked off manually from a laptop", "emailing pickles to the backend
        # dev", "today every step is a person", "no schedule, no trigger, nothing", "nobody has retrained it since",
        # "every update is a manual sneakernet release", and as people who mix languages write it ("a mano")
        r"(?:someone|somebody|a human|a person|one of us) (?:has to |needs to |must )?(?:opens?|runs?|clicks?|"
        r"press(?:es)?|kicks? off|starts?|triggers?) (?:(?!after|before|once|when)\w+ ){0,4}(?:notebooks?|run[- ]all|"
        r"the button|scripts?|"
        r"re-?train\w*|training)\b",
        r"(?:runs|training|re-?training|jobs) (?:are |is )?(?:started|kicked off|launched|triggered|run) "
        r"(?:manually|by hand)",
        r"email(?:s|ed|ing)? (?:me |us |each other |them |him |her |around )?(?:the |a |our |their )?(?:pickles?|"
        r"\.?pkl|model files?|notebooks?|weights)\b",
        r"every step is a (?:person|human)", r"no schedule,? no trigger",
        r"(?:nobody|no one) has (?:re-?trained|touched|updated) it since",
        r"manual (?:\w+ )?releases?",
        r"(?<![a-z])a mano(?![a-z])",
        r"(?:re-?)?train\w* (?:[\w,]+ ){0,8}from (?:their|his|her|my|our) (?:own )?notebooks?",
        # (and without the article, as people writing English as a second language say it: "we train yolo in notebook")
        r"train\w* (?:\w+ )?(?:in|from) (?:a |an |one )?(?:jupyter |colab |databricks )?notebook\b",
        # "right now it's a notebook I run on Monday mornings", "our retrain is a notebook someone runs monthly"
        r"notebooks? (?:that )?(?:i|we|someone|one \w+) runs? (?:on|every|each|weekly|daily|monthly|by hand)",
        r"build\w* (?:[\w-]+ ){0,3}in (?:[\w-]+ ){0,2}notebooks",
        r"(?:in|from) (?:a |my |our )?(?:jupyter |colab )?notebooks? on (?:my|our|a) laptops?",
        r"training is (?:me|us|someone|somebody) running (?:a |an |the |our )?(?:[\w-]+ ){0,2}scripts?",
        r"cop(?:y|ying|ied) (?:the )?(?:numbers|results|metrics|scores) into (?:a |the )?(?:spreadsheet|sheet|excel)",
        r"(?:train|run) (?:\w+ ){0,2}on (?:my|our) laptops?",
        # a script someone runs from a laptop: "retrained monthly by a giant script someone runs from their laptop"
        r"scripts? (?:that )?(?:someone|somebody|one of us|i|we) runs? (?:\w+ ){0,2}(?:from|on) (?:their|my|our|a|his|"
        r"her) (?:laptop|machine|desktop|workstation)",
        r"(?:all|most|everything|(?:our |the )?(?:code|models|fine[- ]?tunes|training(?: code| runs| jobs)?)) "
        r"(?:[\w']+ ){0,2}(?:lives?|is|are|in|sits?|done) (?:\w+ ){0,3}(?:in )?(?:\w+ )?notebooks",
        r"notebooks everywhere", r"hand-?(?:started|run|triggered|kicked off)",
        r"(?:when|whenever) (?:somebody|someone|anyone|we) remembers?", r"instead of me doing it",
        r"deploy\w* by (?:scp|rsync|ssh|copy)\w*", r"(?:isn't|is not|not) (?:even )?in (?:git|source control)",
        r"set up nothing", r"all (?:\w+ )?(?:\+ |and )?(?:\w+ )?scripts",
        r"re-?train\w* (?:\S+ ){0,5}manually", r"never deployed",
        # "training is a notebook", "training is people SSHing in and running scripts", "three notebooks that I run in
        # order", "nothing scheduled", "retrain from scratch in a notebook" (not "retraining is manual", a pain the
        # development corpora's writers never read as the level)
        r"(?:re-?)?training is (?:a |one |our )?(?:\w+ )?notebook\b",
        r"training is (?:\w+ ){0,2}(?:ssh\w* in|running (?:\w+ )?scripts)",
        r"notebooks? (?:that )?(?:i|we|someone) runs? in order", r"nothing (?:is )?scheduled",
        r"re-?train\w* (?:\w+ ){0,3}in a notebook", r"nothing (?:is )?in prod(?:uction)?(?: yet)?",
        r"train\w* (?:\w+ )?(?:in|from) (?:\w+ ){0,2}notebooks",
        r"(?:everything|all|it all) (?:\w+ ){0,2}in (?:google )?colab",
        r"by clicking (?:in|through) (?:the )?console", r"clickops",
        r"re-?train\w* (?:is|means) (?:me|us|someone|somebody|one of us|a human|a person)",
        # "honestly nothing, notebooks and a shared drive"
        r"notebooks? and (?:a |our |the )?(?:shared |google |network )?drives?",
        # "written in notebooks", "we train from our laptops", "someone SSHing in and launching a script in tmux",
        # "'training' means someone running the cells top to bottom", "someone runs a
        # notebook on the first of each month", "someone clicking through flows manually", "I'm
        # tired of being the cron job"
        r"(?:written|built|developed) in (?:\w+ )?notebooks", r"train (?:\w+ )?from (?:our|my|their) laptops?",
        r"someone (?:ssh\w* in|launch\w*|kicks? off|starts?|starting) (?:\w+ ){0,4}(?:scripts?|jobs?|runs?|training)",
        r"running the cells (?:top to bottom|in order|one by one)",
        r"(?:someone|somebody|one of us) (?:manually )?(?:runs?|re-?runs?) (?:a |the |our )?(?:[\w-]+ )?notebook",
        r"(?:i|we) (?:pull (?:\w+ ){0,3}and )?re-?run the (?:[\w-]+ )?notebook",
        r"someone (?:manually )?clicking through", r"manual (?:notebook )?runs", r"(?:being|i'm|i am) the cron job",
        r"someone manually (?:re-?trains?|re-?runs?|trains?)",
        # "models live in jupyter and 'deploying' means I scp a pickle onto an EC2 box", "hitting run all", "today a
        # data scientist reruns the notebook every two weeks", "retraining takes a human 2 days every quarter"
        r"models? (?:\w+ )?(?:lives?|living|sits?) in (?:\w+ )?(?:jupyter|notebooks?|colab)",
        r"(?:deploy\w*|shipping|releas\w*)'? (?:is|means) (?:me |i |someone |us |we )?(?:\w+ ){0,2}(?:scp|rsync|ssh|"
        r"cop(?:y|ies|ying))\w*",
        r"(?:hit|hitting|click|clicking|press|pressing) (?:'|\")?run all",
        r"(?:a|one|our) (?:data scientist|ds|analyst|human|person|developer|engineer|intern) (?:manually )?"
        r"(?:runs?|re-?runs?|opens?) (?:a |the |our )?(?:[\w-]+ )?notebook",
        r"re-?train\w* (?:takes|needs|means) (?:a human|someone|somebody|a person|me|us|one of us)",
        # "notebooks that never make it to prod", "nothing ever leaves the notebooks", "we live in notebooks", "every
        # model we've built lives in Jupyter", "everything runs from my laptop", "pushed to prod straight from their
        # laptop", "scp the pkl to the server", "retraining = me clicking run", "I kick them off from my terminal",
        # "a data scientist running a sequence of notebooks", "it's all notebooks", "40 copy-pasted notebooks", "we
        # email the notebooks around", "whenever Priya has time"
        r"notebooks? (?:that |which )?never (?:make|made|makes|leave|left|leaves|get|gets|got) (?:it )?(?:to|out|into|"
        r"past)", r"nothing (?:ever )?(?:leaves|left|gets out of|makes it out of) (?:the |our |my )?notebooks?",
        # "our models never leave notebooks"
        r"models? (?:never|don't|do not|rarely) (?:ever )?(?:leaves?|gets? out of|makes? it out of) (?:the |our |my )?"
        r"(?:jupyter )?notebooks?",
        r"(?:we|i) (?:basically |mostly )?live in (?:\w+ )?notebooks?",
        r"models? (?:[\w']+ ){1,4}(?:lives?|living|sits?) in (?:\w+ )?(?:jupyter|notebooks?|colab)",
        r"everything (?:[\w']+ ){0,3}(?:runs?|lives?) from (?:my|our|a|his|her|their) laptops?",
        r"everything (?:[\w']+ ){0,3}lives? in (?:\w+ )?(?:jupyter|notebooks?)",
        r"(?:pushed|deployed|shipped|copied) (?:[\w,]+ ){0,6}(?:straight |directly )?from (?:their|my|our|his|her) "
        r"laptops?",
        r"\bscp(?:'?ing|'?s|'?d)? (?:the |a |our |my )?(?:[\w-]+\.)?(?:pkl|pickle|model)",
        r"re-?train\w* ?= ?(?:me|us|someone|somebody|\w+) (?:clicking|opening|running|re-?running|hitting)",
        r"kick(?:s|ing)? (?:them|it|(?:the )?(?:re-?)?train\w*) off (?:by hand )?(?:from|on) (?:my|our|a) (?:terminal|"
        r"laptop|machine|desktop)",
        r"(?:someone|somebody|a data scientist|a ds|an analyst|one of us|me) (?:manually )?(?:running|re-?running|"
        r"opening) (?:a |the |our )?(?:sequence of |series of |bunch of )?(?:[\w-]+ )?notebooks?",
        r"(?:it's|its|it is|just|only) (?:all )?(?:jupyter )?notebooks\b(?! (?:for|as|with|that|on a schedule))",
        r"pure(?:ly)? notebooks?", r"copy-?pasted notebooks?", r"email(?:s|ed|ing)? (?:the |a |our )?(?:\w+ )?"
        r"(?:notebooks?|pickles?|pkl|models?) (?:around|to each other|back and forth)",
        # "hand .pt files to the simulation team over slack"
        r"(?:hand|send|email|share|slack|post)\w* (?:\S+ ){0,2}(?:\.?pt|\.?pkl|\.?h5|\.?onnx|pickle|model|weights?|"
        r"joblib|checkpoint)s? ?(?:files? )?(?:\w+ ){0,5}(?:over|via|on|by|through) (?:slack|e-?mail|teams|usb|a usb "
        r"stick|a shared drive|google drive|dropbox)",
        # "I do recommendation models in colab", "churn models in scikit-learn, all in jupyter", "training is a
        # notebook I run once a month", "we deploy to SageMaker endpoints, manually", "deploy = emailing the file to
        # the backend team", "currently only jupyter and excel"
        r"models? (?:\w+ ){0,3}in (?:google )?colab", r"all in (?:jupyter|notebooks|colab)",
        r"(?:training|re-?training) is (?:a |one |our )?(?:jupyter |colab )?notebooks? (?:that )?(?:i|we|someone) "
        r"(?:re-?)?runs?", r"(?:deploy|ship|releas)\w* (?:\w+ ){0,4}manually\b",
        r"(?:deploy|ship|releas)\w*(?: =| is| by| means)? (?:\w+ ){0,2}e-?mailing",
        r"(?:currently |today )?only (?:jupyter|notebooks|colab)\b",
        r"emailed notebooks?", r"in a notebook somewhere", r"whenever (?:\w+ )?(?:has|have|gets?) (?:the )?time",
        r"manual (?:notebook )?run\b",
        # "opens a notebook at 8am Monday and hits Run All", "retraining = me, a notebook and a coffee", "trains on her
        # laptop", "only runs in my Jupyter notebook", "a human runs them in order", "we re-execute the cells in order",
        # "a notebook someone reruns when they remember", "todo en notebooks, cero pipelines", "we use Google Colab for
        # all", "7 data scientists, all notebooks", "nothing is in git", "we run everything manually"
        r"hits (?:'|\")?run all", r"re-?train\w* ?= ?(?:me|us)\b",
        r"train(?!ing data|ing sets?)\w* (?:\w+ ){0,2}on (?:my|our|his|her|their|a|the) (?:own )?laptops?",
        r"only (?:runs?|lives?|exists?) (?:in|on) (?:my|our|his|her|their|a) (?:jupyter |colab )?"
        r"(?:notebook|laptop)",
        r"(?:someone|somebody|a human|a person|one of us|i) (?:re-?)?runs? them (?:in order|by hand|manually|"
        r"one by one)",
        r"re-?execut\w* (?:the )?cells", r"(?:when|whenever) (?:they|i|people) remembers?\b",
        r"(?:zero|cero|0) pipelines", r"colab for (?:all|everything)",
        r"(?<=, )all notebooks(?![a-z])(?! (?:for|as|with|that|are|run))",
        r"nothing(?:'s| is) in (?:git|source control)",
        r"(?:run|do|train|deploy)\w* (?:everything|it all|all of it|them all) (?:manually|by hand)",
        # "notebooks on a shared workstation", "today it's one notebook per category", "every model is a Jupyter
        # notebook"
        r"notebooks on (?:a |the |our |my )?(?:shared |single |lab |office )?"
        r"(?:workstation|server|box|desktop|laptop)s?",
        r"(?:one|a) (?:jupyter |colab )?notebook per (?:category|model|client|customer|product|region|site|country)",
        r"(?:every|each) model is (?:a|one|its own) (?:jupyter |colab )?notebook",
        # development corpus 46: "our whole 'stack' today is Jupyter notebooks", "honestly nothing formal", "a U-Net
        # trained on Kaggle notebooks", "sklearn pipelines trained in VS Code on my laptop", "retraining is a monthly
        # manual job", "retraining happens when the forecasts look weird", "we build demand models for bin
        # collection routes in notebooks"
        r"stack'? (?:\w+ ){0,2}is (?:just |only )?(?:jupyter |colab )?notebooks",
        r"nothing formal", r"train\w* on (?:\w+ ){0,2}notebooks",
        r"train\w* (?:in [\w ]{2,20} )?on (?:my|our|a|his|her) laptops?",
        r"(?:re-?)?training is a (?:\w+ )?manual (?:job|process|step|task|affair)",
        r"re-?train\w* (?:happens|is done|gets done) (?:only )?(?:when|whenever|if) (?:the|someone|somebody|we|it)",
        r"build\w* (?:[\w-]+ ){4,6}in (?:jupyter |colab )?notebooks",
        # "I have to kick off the training manually", "someone launches the retraining by hand"
        r"(?:kick\w* off|start\w*|trigger\w*|launch\w*) (?:the |our |a |each |every )?(?:re-?)?training "
        r"(?:runs? |jobs? )?(?:\w+ )?manually",
        # "a Python script on a laptop that I run every Monday", "our notebooks are the only place the training code
        # lives", "a for-loop in a notebook that runs all weekend", "retraining, which today is a person kicking off a
        # notebook"
        r"scripts? on (?:a|my|our|her|his) laptop (?:that )?(?:i|we|someone|she|he) runs?",
        r"(?:the )?only place (?:the |our )?(?:training )?code lives",
        r"for-?loops? in (?:a|the|our|my) (?:jupyter )?notebook",
        r"(?:a person|a human|someone|somebody|one of us|me) (?:manually )?(?:kicking off|running|opening|starting) "
        r"(?:a |the |our )?(?:[\w-]+ )?notebook"),
    1: (# "retrained weekly by Airflow", "retrains nightly via Vertex Pipelines": a schedule that something runs (before
        # the bare cadence below, which alone is no schedule beside work done by hand)
        r"re-?train\w* (?:\w+ ){0,2}(?:nightly|weekly|daily|monthly|hourly) (?:by|via|through|in|with|from) (?:an? )?"
        r"(?:airflow|dagster|prefect|argo|kubeflow|flyte|cron|scheduler|step functions|composer|vertex|sagemaker|"
        r"azure ml|databricks|metaflow|zenml|kfp)",
        r"automated training pipelines", r"automated pipelines?", r"(?:training )?pipelines? (?:are|is) automated",
        r"automat(?:ed|e|ing) (?:the )?training", r"scheduled (?:training|retraining|jobs|pipelines)",
        # (not "Kubeflow Pipelines" or "cron jobs" named among tools: a product or a mechanism, not a training
        # schedule; the development corpora's writers left 19 of 25 such reads unlabelled or otherwise)
        # (nor the same for data alone: "we already run about 200 Airflow DAGs for ETL")
        r"(?:airflow|dagster|prefect|metaflow|flyte|argo|zenml|kedro) (?:dags|pipelines|flows|jobs)(?! for (?:etl|data|"
        r"ingestion|reporting|analytics)\b)",
        r"(?:we have|we've got) (?:\w+ )?(?:training )?pipelines", r"level 1", r"partly automated",
        r"semi-?automated", r"pipelines (?:but|though)", r"orchestrated", r"retrain on a schedule",
        r"re-?train(?:s|ed|ing)? (?!(?:is|means) (?:me|us|someone|somebody) )(?!(?:\w+ ){0,3}(?:by hand|manually))"
        r"(?:\w+ ){0,4}(?:nightly|weekly|daily|"
        r"monthly|hourly|"
        r"every (?:\w+day|night|day|week|month|"
        r"monday|sunday)|on a (?:schedule|cron|timer))(?!,? (?:by hand|manually))",
        r"(?:training|re-?training|jobs?|pipelines?) (?:is |are )?"
        r"(?:already )?(?:scheduled|automated)", r"(?:re-?training|re-?trains?|training|jobs?) (?:are |is )?scheduled",
        r"(?:airflow|dagster|prefect|flyte) (?:jobs?|dags?|pipelines?)(?![a-z])(?! for (?:etl|data))",
        r"pipelines? (?:\w+ ){0,3}on a schedule", r"(?:runs|run|trained) (?:as |on |via |by )?a (?:nightly |weekly )?"
        r"cron(?: job)?", r"schedules (?:the )?(?:re-?)?training", r"(?:nightly|weekly|daily|scheduled) re-?train\w*",
        r"(?:training|re-?training|models?|jobs?) (?:runs?|retrains?|trains?) (?:nightly|weekly|daily|hourly)",
        # "we run heavy dvc pipelines daily which retrain models"
        r"(?:run|runs|running) (?:\w+ ){0,3}pipelines? (?:nightly|weekly|daily|hourly|every (?:night|day|week)) "
        r"(?:which|that) re-?train",
        r"(?:notebooks?|training) (?:are |is )?scheduled as (?:\w+ )?jobs",
        r"(?:a |is a )?scheduled (?:\w+ )?(?:flow|dag|job|pipeline)s?",
        # "training runs on a schedule in airflow, but deploying is still a human"
        r"(?:training|re-?training|re-?trains?|models?) (?:runs?|is run|are run|happens?) on a (?:\w+ )?schedule",
        # "training is a nightly DAG", "models run as scheduled Prefect deployments"
        r"(?:re-?)?training is a (?:nightly|weekly|daily|hourly|monthly|scheduled) (?:\w+ )?(?:dag|job|pipeline|flow)",
        r"runs? as scheduled (?:\w+ )?(?:deployments|jobs|flows|pipelines|dags)",
        r"(?:everything |models? |it )?trains? (?:\S+ ){0,6}on a schedule",
        # "trains in a pipeline that kicks off every week on its own", "retrain every hour through Airflow", "retrained
        # by a scheduled Step Functions pipeline", "models train nightly in a Kubeflow pipeline"
        r"pipeline that (?:kicks off|runs|triggers|starts) (?:every|each|nightly|weekly|daily|hourly|on a)",
        # "a cron job that retrains at 3am", "a cron job retrains everything on a box every Sunday"
        r"cron(?: ?jobs?)? (?:that |which )?re-?trains?",
        r"re-?train\w* (?:every|each) (?:hour|day|night|week|month) (?:through|via|with|in|on)",
        r"(?:re-?)?trained by a scheduled", r"(?:models? )?trains? (?:nightly|weekly|daily|hourly) (?:in|via|through|"
        r"on)",
        # "training is a Prefect flow that runs weekly", "a DAG that runs nightly", "training does run through those
        # pipelines monthly", "our training pipeline, which runs on Azure ML schedules", "a scheduled Python script via
        # Windows Task Scheduler"
        r"(?:dag|flow|pipeline|job|workflow)s? (?:that |which )?runs? (?:nightly|weekly|daily|hourly|monthly|every "
        r"(?:\w+ )?(?:day|night|week|month|hour))",
        r"(?:runs?|run) through (?:those |the |our |its )?pipelines? (?:nightly|weekly|daily|monthly|hourly|on a "
        r"schedule)",
        r"pipelines?,? (?:which |that )?runs? on (?:\w+ ){0,3}schedules?",
        # "Cloud Composer runs retraining every night", "Metaflow runs training on a schedule", "a cron'd python script"
        r"runs? (?:the )?(?:re-?)?training (?:every (?:\w+ )?(?:night|day|week|month|hour)|nightly|weekly|daily|"
        r"hourly|monthly|on a schedule)", r"cron'?d",
        r"scheduled (?:python |bash |shell )?scripts?",
        r"task scheduler",
        # "training = python script on a cron", "the retrain is automatic (dagster)", "retraining triggers on new data"
        r"(?:training|re-?train\w*)\W+(?:[\w-]+ ){0,4}on a (?:nightly |weekly |daily |monthly )?cron",
        r"re-?train\w* (?:is|are) (?:fully |already )?automat(?:ic|ed)",
        # "30 models retrained by cron on a VM", "retrained via cron every night"
        r"re-?train(?:ed|s)? (?:\w+ ){0,2}(?:by|via|through|with|from) (?:a )?(?:cron(?:tab)?|scheduled jobs?)\b",
        # "training pipelines already run on Dagster every night"
        r"pipelines? (?:already |now )?runs? (?:[\w-]+ ){0,3}(?:every (?:\w+ )?(?:night|day|week|month|hour)|nightly|"
        r"weekly|daily|hourly|monthly)",
        r"re-?train\w* (?:is |are |gets? )?trigger\w* (?:on|by|when|whenever) (?:new|fresh|incoming) data",
        # a scheduler or an orchestrator that starts training: "a crontab on an EC2 box kicks off train.py every
        # night", "Airflow runs the training DAG every Sunday", "a Vertex AI Pipeline triggered weekly by Cloud
        # Scheduler", "vertex pipelines for training", "we're on Flyte for all training pipelines", "a decent training
        # pipeline in Kubeflow", "our training runs as a nightly Dagster job"
        r"(?:crontab|cron|scheduler|airflow|dagster|prefect|argo|flyte|kubeflow|step functions|composer) "
        r"(?:[\w.-]+ ){0,5}(?:kicks? off|triggers?|runs?|launch(?:es)?|starts?) (?:the |our )?(?:[\w.-]+ )?"
        r"(?:train\w*|retrain\w*|dags?)\b",
        r"triggered (?:nightly|weekly|daily|hourly|monthly|(?:\w+ )?by (?:cloud scheduler|cron|eventbridge|airflow|a "
        r"schedule))",
        r"pipelines? for (?:\w+ )?(?:training|retraining)\b(?! (?:would|could|is what|are what))",
        r"for (?:all )?(?:of )?(?:our |the )?training pipelines",
        r"(?:decent|proper|real|working|solid) (?:re-?)?training pipelines? (?:in|on|with|built on)",
        # "training runs on Airflow every night", "training for our RUL models runs automatically every night", "the
        # training script fires from cron on a VM every Sunday", "we use Prefect 2 to schedule retraining"
        # (not "a training run that I start manually every Friday")
        r"(?:training|re-?training|training (?:script|job)s?)(?: for (?:[\w-]+ ){0,4}models?)? (?:runs|fires|kicks off|"
        r"starts) (?:(?!manually|by hand|when)[\w-]+ ){0,5}(?:every (?:\w+ )?(?:night|day|week|month|hour|\w+day)|"
        r"nightly|weekly|daily|hourly|monthly|automatically)",
        r"(?:we|i) (?:use|are using|'re using) (?:[\w-]+ ){0,3}to schedule (?:the |our )?(?:re-?)?training",
        # "a notebook that someone put on a nightly schedule on a VM", "a script runs on a schedule and retrains"
        r"(?:scripts?|notebooks?|jobs?) (?:that )?(?:\w+ ){0,2}(?:runs|put|is|are) on a (?:nightly |weekly |daily |"
        r"monthly )?(?:schedule|cron|timer)",
        r"(?:training|re-?training) runs as (?:a |an )?(?:nightly |weekly |daily |scheduled )?(?:[\w-]+ )?(?:job|dag|"
        r"flow|pipeline)",
        # "Data Factory triggering the training jobs on a schedule", "training kicks off automatically when a batch
        # closes", "training runs through SageMaker Pipelines"
        r"(?:trigger\w*|kick\w* off|launch\w*|start\w*) (?:the |our )?(?:re-?)?training(?: jobs?| runs?)? (?:\w+ ){0,2}"
        r"(?:on a schedule|automatically|nightly|weekly|daily|hourly|monthly)",
        r"(?:re-?)?training (?:kicks off|starts|runs|is triggered|gets triggered|fires) automatically",
        r"(?:re-?)?training (?:runs?|is run|happens|goes) (?:through|in|via|on) (?:[\w-]+ ){0,2}pipelines?",
        # development corpus 46: "a nightly DAG that retrains the churn model", "training runs as Vertex AI Pipelines
        # on a weekly schedule", "GitHub Actions kicks off training", "pipelines are Kedro projects run by cron",
        # "scheduled with Databricks Jobs", "Prefect Cloud schedules retrains every 6 hours"
        r"(?:nightly|weekly|daily|monthly|hourly|scheduled) (?:dags?|flows?|jobs?|pipelines?) that (?:re-?)?trains?",
        r"(?:re-?)?training (?:[\w-]+ ){0,5}on a (?:nightly |weekly |daily |monthly |hourly |regular |fixed )?schedule",
        r"kicks? off (?:the |our )?(?:re-?)?training(?! (?:\w+ )?(?:manually|by hand|myself|ourselves))",
        r"(?:pipelines?|training|re-?training|dags?|flows?) (?:[\w-]+ ){0,4}(?:run|runs|triggered|kicked off) by cron",
        r"scheduled (?:with|in|via|by|through) (?:databricks|airflow|prefect|dagster|cron|argo|kubeflow|vertex|"
        r"sagemaker|azure ml|control-m|step functions)",
        r"schedules (?:the |our )?re-?train\w*"),
    2: (r"ci/cd for pipelines and models",
        # "CI/CD is solid: Cloud Build -> Vertex AI pipelines -> canary", "deploy with CodePipeline, tests on every PR
        # for the training code", "promotes to the MLflow registry automatically if it beats the current model"
        r"ci ?/ ?cd is (?:solid|in place|fine|sorted|handled|mature|automated)",
        r"tests on every (?:pr|pull request|merge|commit) for the (?:training|model) code",
        r"promot\w* (?:\w+ ){0,5}automatically if (?:it|the (?:new )?model|the candidate) beats",
        # "deployed by a CodePipeline job once the tests pass", "deployed by GitHub Actions when tests pass"
        r"deploy\w* (?:by|via|through) (?:a |an |the |our )?(?:[\w-]+ ){0,2}(?:jobs?|pipelines?|workflows?|actions?) "
        r"(?:once|when|after|if) (?:the |all )?tests? pass",
        # "models get tested and promoted by GitLab CI into KServe automatically"
        r"(?:tested and )?promoted by (?:gitlab |github |the )?(?:ci|pipelines?|ci/cd)\b",
        # "deploy also automatic with CodePipeline after tests"
        r"deploy\w* (?:is |are )?(?:also )?automatic(?:ally)? (?:with|by|via|through) (?:[\w-]+ ){1,2}"
        r"(?:after|once|when) (?:the )?tests",
        # "rollouts are automated via Cloud Build when a PR merges", "canaries and auto rollback"
        r"(?:rollouts?|deploy(?:ment)?s?|releases?|promotions?) (?:are |is )?(?:fully )?automated "
        r"(?:via|through|with|by|on|when)", r"auto(?:matic)?[- ]?rollbacks?",
        # "rolls out to staging then prod automatically if evals pass"
        r"(?:rolls?|rolled|rolling) out (?:\w+ ){0,5}automatically (?:if|when|once|after) (?:the )?(?:tests|evals|"
        r"checks|metrics)",
        r"(?:deploy\w*|promot\w*|ship\w*|releas\w*) (?:\w+ ){0,5}automatically (?:if|when|once|after) (?:the )?"
        r"(?:tests|evals|checks|metrics) pass",
        # "CI runs the tests and pushes the model to prod automatically"
        r"(?:ci|the pipeline|ci/cd) (?:runs?|executes?) (?:the |our |all )?tests and (?:pushes|deploys|ships|promotes|"
        r"releases) (?:the |our |new |each )?models? (?:\w+ ){0,3}automatically",
        r"ci ?/ ?cd (?:for|of|on) (?:\w+ ){0,2}(?:models|pipelines?|ml)",
        # pipelines tested before they ship: "TFX pipelines on Kubeflow with CI/CD", "CI tests each pipeline change
        # before promotion", "Cloud Build tests every pipeline component", "models only ship through promotion gates"
        r"pipelines? (?:[\w-]+ ){0,3}with ci ?/ ?cd",
        r"tests? (?:each|every|all) (?:pipeline )?(?:change|component|step)s?",
        r"(?:each|every) (?:pipeline )?(?:component|step|change) is tested", r"promotion gates?",
        # "merge to main retrains, runs the tests and ships the model", "CI/CD for everything incl. models"
        r"merg(?:e|es|ing) (?:\w+ ){0,2}(?:to|into) (?:main|master) (?:\w+ ){0,2}"
        r"(?:retrains?|deploys?|ships?|releases?)",
        r"ci ?/ ?cd for (?:everything|all)(?:,)? (?:incl\.?|including) (?:the )?models",
        r"deploy(?:s|ment|ments|ing)? (?:is |are )?(?:\w+ ){0,4}(?:automated|automatically)(?! yet)",
        r"deploy(?:s|ment|ments)? (?:is|are) automatic\b",
        r"deploy(?:s|ment|ments)? (?:go |goes )?(?:through|via|gated by|after) (?:\w+ ){0,2}(?:argo ?cd|ci|tests|"
        r"automated tests|ci/cd|pipelines)", r"(?:retrains|builds?)[,]? (?:\w+ ){0,5}tests?,? and deploys",
        # "every merge runs tests on the pipeline, and if the new model beats the champion it gets deployed"
        r"(?:every|each) (?:merge|commit|pr|pull request|push) runs? (?:the )?tests", r"beats? the champion",
        r"(?:ship|deploy|release)s? (?:\w+ ){0,2}(?:models )?(?:via|through|with) ci\b",
        r"to deploy models automatically",
        # "a merge to main runs tests and promotes the new model", "GitHub Actions runs tests and redeploys on merge",
        # "a merge triggers the training pipeline and promotes the model if metrics pass", "goes to canary if eval
        # passes"
        r"(?:merge|pr|pull request|push)\w* (?:to (?:main|master) )?(?:runs?|triggers?|kicks? off) (?:[\w,]+ ){0,6}"
        r"(?:promotes?|deploys?|releases?|ships?)",
        r"(?:tests?|redeploys?|deploys?|promotes?) (?:\w+ ){0,4}on (?:every |each )?merge",
        r"promotes? (?:the )?(?:new )?models? (?:\w+ ){0,4}(?:if|when|once) (?:the )?(?:metrics|evals?|tests?|"
        r"checks?)\w* pass",
        r"(?:goes|go|gets? promoted|is promoted|gets? deployed|is deployed) to (?:canary|staging|prod\w*) (?:\w+ ){0,2}"
        r"(?:if|when|once) (?:the )?(?:evals?|metrics|tests?|checks?)\w* pass",
        r"(?:runs?|run) (?:the )?tests,? (?:\w+ ){0,2}re-?trains?,? (?:and )?(?:re-?)?"
        r"(?:deploys?|pushes|ships|promotes)",
        r"re-?trains?,? (?:and )?(?:re-?)?deploys? (?:\w+ ){0,4}(?:automatically|if (?:the )?evals? pass\w*|on merge)",
        # (GitOps for models, not GitOps alone, which most often runs a team's infrastructure)
        r"fully automated", r"continuous (?:training|delivery|deployment)",
        r"gitops for (?:models|ml|model deployments?|the models)", r"level 2",
        # "if the eval gate passes Argo CD rolls the new model out", "pushes the model to prod if they pass", "PRs
        # run pytest on the pipeline code"
        r"(?:if|when|once) (?:the )?(?:eval|evaluation|quality|metrics?) gates? pass\w*",
        # "models auto-promote through the registry", "tests + redeploys the endpoint automatically", "pipelines are
        # triggered by CI on every merge", "Cloud Build runs tests on the pipeline code", "a canary deploy",
        # "blue/green model deploys", "Argo CD rolls the new model to KServe"
        r"auto-?promot\w*",
        r"(?:tests?|redeploys?|deploys?) (?:\+ |and )?(?:re-?deploys? )?(?:the )?(?:endpoint|model|service) "
        r"automatically",
        r"(?:pipelines?|training|re-?training) (?:are |is )?triggered by (?:ci|github actions|gitlab ci|jenkins|"
        r"cloud build|buildkite|azure pipelines)",
        r"(?:ci|github actions|gitlab ci|cloud build|jenkins|buildkite|azure pipelines)(?: that)? (?:\w+ ){0,2}"
        r"tests? (?:on )?(?:the )?pipelines?(?: code)?",
        r"canary (?:deploy\w*|releases?|rollouts?)", r"blue[/-]green (?:model )?deploy\w*", r"shadow traffic",
        r"argo ?cd rolls (?:\w+ ){0,4}(?:out|to)",
        r"(?:pushes|deploys|promotes|ships|rolls out) the (?:new |winning )?model (?:\w+ ){0,2}(?:if|when|once) "
        r"(?:they|the tests?|it|tests|the checks?) pass\w*",
        r"(?:prs?|pull requests?|merges?|commits?) runs? (?:pytest|tests|unit tests|integration tests|ci) on the "
        r"(?:pipeline|training|flow)s?",
        r"runs? (?:integration |unit )?tests on the (?:pipelines?|flows?) and deploys",
        # "models already ship through full CI/CD", "deploys go through Cloud Build", "models go through Cloud Build
        # into KServe", "training through SageMaker Pipelines triggered from CI", "deploying the model containers to ECS
        # automatically whenever we merge", "pushes to a Vertex endpoint automatically when they pass"
        r"(?:models?|deploys?|deployments?|releases?) (?:\w+ ){0,2}(?:go|goes|gone|ship|ships|shipped|roll|rolls|are "
        r"shipped|are deployed|get deployed|are released) (?:out )?(?:through|via) (?:full |our |the |a )?" + _CI,
        r"triggered (?:from|by|in|via) (?:our |the )?" + _CI,
        r"deploy\w* (?:[\w-]+ ){0,5}automatically (?:whenever|when|on|after|once|if)\b",
        # "gets deployed automatically to a Vertex endpoint once the offline metrics beat the champion", "a few smoke
        # tests in Jenkins, automatic deploy to AKS"
        r"deploy\w* automatically to (?:an? |the |our )?(?:[\w-]+ ){1,3}(?:once|when|whenever|if|after)\b",
        r"automatic (?:re-?)?deploy(?:s|ment|ments)? (?:to|into|on)\b",
        # "the model goes out to AKS automatically if the tests pass"
        r"(?:goes|go|rolls?|ships?) out (?:to (?:[\w-]+ ){1,2})?automatically (?:if|when|once|after) (?:the )?"
        r"(?:tests?|evals?|checks?|metrics)\w* pass",
        r"(?:pushes|deploys|promotes|ships) (?:\w+ ){0,4}automatically (?:when|once|if) (?:they|the tests?|tests|it|"
        r"checks?|evals?) pass\w*",
        r"(?:go|goes|run|runs) through (?:[\w+/&-]+ ){1,6}on (?:every|each) (?:merge|commit|push|pr|pull request)",
        r"automated (?:testing and )?deploy(?:ment|s)", r"mlops maturity level 2", r"end[- ]to[- ]end automat\w+",
        r"models (?:are )?(?:tested and )?deployed automatically", r"auto(?:matically)?[- ]deploy\w*",
        r"tests? and deploys? (?:both )?(?:\w+ ){0,3}(?:pipelines?|models?)(?: \+ (?:pipelines?|models?))?"
        r"(?: (?:automatically|on merge))?",
        # development corpus 46: "an Azure Pipelines release runs the tests and deploys to an AKS inference cluster on
        # every merge", "pushes to Cloud Run whenever main changes", "merging the PR deploys"
        r"runs? the tests and deploys?", r"deploys? (?:\w+ ){0,6}on every (?:merge|push|commit)",
        r"(?:whenever|every time|each time) (?:main|master) changes", r"merging the (?:pr|pull request) deploys"),
}
#: Before a way of working, words that put it at another job: "moved from a company where model CI/CD was fully
#: automated", "at my last job we had pipelines".
ELSEWHERE = re.compile(r"(?<![a-z])(?:(?:my|a|our) (?:friend|buddy|mate|cousin|brother|sister|neighbou?r|partner|"
                       r"(?:former |ex-?)?colleague|old boss)'s (?:[\w-]+ )?"
                       r"(?:startup|company|team|shop|lab|org|employer)|"
                       r"a friend of mine|(?:moved|came|coming|switched) (?:here )?from (?:a|an|my|our) (?:[\w-]+ )?"
                       r"(?:company|team|job|place|employer|startup|org|shop)|(?:at|in) my (?:old|previous|last|"
                       r"former|prior) (?:job|company|team|role|place|employer|gig)|(?:my|our) (?:old|previous|last|"
                       r"former) (?:job|company|team|employer))(?![a-z])")
#: A way of working they had once and lost: "we had automated deploys once, but they broke in the migration".
HAD_ONCE = re.compile(r"(?<![a-z])(?:we|i) (?:had|used to have) [^.;]{0,60}?(?<![a-z])once(?![a-z])")
#: After such words, what comes back to their own job: "… to one where training is a notebook", "here", "now".
BACK_HERE = re.compile(r"(?<![a-z])(?:to (?:one|a place|a team|a company) where|here|now|currently|today|this "
                       r"(?:company|job|team|place)|at (?:my|our) (?:current|new) (?:job|company|team|place))"
                       r"(?![a-z])")
#: Work done by hand that says nothing of how models are trained and shipped: "we tune our models by hand",
#: "I inspect the logs by hand", "relabel a few thousand transactions by hand".
NOT_A_PROCESS_BY_HAND = re.compile(r"(?<![a-z])(?:tun(?:e|es|ed|ing)|label\w*|relabel\w*|annotat\w*|tag(?:s|ged|ging)?|"
                                   r"draw(?:s|ing)?|drew|transcrib\w*|inspect\w*|review\w*|eyeball\w*|grad(?:e|es|ed|"
                                   r"ing)|check(?:s|ed|ing)?)"
                                   r"(?: [\w'-]+){0,5} $")
#: What a word means when it answers one question ("low" to the budget question, not "low latency").
#: Whole replies that answer one question only, whichever is asked ("free" to "must you self-host?": the budget), where
#: ANSWER_EXTRAS's short words ("no", "none", "zero") answer many.
ANSWER_WORDS: dict[str, tuple[str, object]] = {
    **{key: ("budget", Budget.NONE) for key in ("free", "free tools", "free stuff", "no budget", "zero budget",
                                                "no money", "budget zero", "0 budget")},
    **{key: ("budget", Budget.LOW) for key in ("cheap", "low budget", "small budget", "tight budget")},
}
ANSWER_EXTRAS: dict[str, dict[object, tuple[str, ...]]] = {
    "budget": {
        Budget.NONE: (r"free", r"none", r"nothing", r"zero", r"0", r"nil", r"nada",
                      # a bare "no", not the "no" of something else ("probably no k8s", "no idea")
                      r"no(?! *[a-z0-9])", r"no (?:budget|money|cash|funds?|funding|spend)",
        r"nope", r"free tools",
                      r"free stuff", r"free ones"),
        Budget.LOW: (r"low", r"small", r"tight", r"limited", r"a little", r"little", r"not much", r"some,? (?:but )?"
                     r"not much", r"lowish", r"low-ish", r"minimal", r"cheap"),
        Budget.MEDIUM: (r"medium", r"moderate", r"mid", r"middle", r"average", r"ok", r"okay", r"reasonable", r"decent",
                        r"normal", r"some", r"medium-ish", r"a bit", r"fair"),
        Budget.HIGH: (r"high", r"big", r"large", r"lots", r"plenty", r"a lot", r"unlimited", r"generous", r"huge",
                      r"whatever it takes", r"no limit", r"enterprise"),
    },
    "scope_preference": {
        ScopePreference.ALL_IN_ONE: (r"platform", r"one", r"single", r"all in one", r"integrated", r"one platform",
                                     r"the platform", r"a platform", r"suite", r"one vendor"),
        ScopePreference.PIECEMEAL: (r"pieces", r"best of breed", r"separate(?: tools)?", r"individual(?: tools)?",
                                    r"small tools", r"tools", r"breed", r"bits", r"components", r"lego",
                                    r"piece by piece", r"one piece at a time"),
        ScopePreference.NO_PREFERENCE: (r"no preference", r"(?:i )?(?:don't|do not) (?:care|mind|know)", r"either",
                                        r"either way", r"whatever(?: works)?", r"doesn't matter", r"does not matter",
                                        r"no strong (?:preference|opinion)", r"both(?: are fine)?", r"indifferent",
                                        r"any", r"neither", r"idk", r"dunno", r"not sure", r"no idea", r"none"),
    },
    "maturity": {
        0: (r"manual(?:ly)?", r"scripts?", r"notebooks?", r"jupyter", r"laptops?", r"nothing", r"none", r"ssh",
            r"(?:in|from) (?:jupyter|notebooks)", r"by hand", r"not at all", r"0", r"zero"),
        1: (r"pipelines?", r"some automation", r"partly", r"partially", r"automated training", r"automated",
            r"scheduled", r"cron", r"airflow", r"dagster", r"prefect", r"kubeflow", r"somewhat", r"semi"),
        2: (r"ci ?/ ?cd", r"cicd", r"ci", r"fully", r"full automation", r"everything(?: is)? automated", r"mlops",
            r"all automated", r"completely"),
    },
    "cloud": {
        Cloud.NONE: (r"none", r"no(?! *[a-z0-9])", r"nothing", r"nope", r"laptops?", r"local(?:ly)?", r"no cloud",
                     r"my (?:laptop|machine|desktop|pc|mac|macbook)"),
        Cloud.OTHER: (r"other", r"another(?: one)?", r"different", r"something else", r"a different one"),
        Cloud.ON_PREM: (r"own", r"ours", r"in-house", r"servers", r"internal", r"our own", r"self-hosted"),
    },
    "workloads": {Workload.OTHER: (r"other", r"something else", r"misc", r"various", r"mixed"),
                  # "XGBoost mostly", said to the question about the kind of work, answers it
                  Workload.TABULAR: (r"xgboost", r"lightgbm", r"catboost", r"gbdts?", r"random forests?",
                                     r"scikit-learn", r"sklearn", r"tables?", r"spreadsheets?", r"csvs?")},
    "persona": {
        Persona.RESEARCHER: (r"research", r"science", r"phd", r"ds", r"scientist", r"academia", r"student"),
        Persona.SOFTWARE_ENGINEER: (r"engineer", r"dev", r"developer", r"software", r"backend", r"coder", r"se"),
        Persona.ML_ENGINEER: (r"ml", r"mle", r"both", r"a bit of both", r"hybrid", r"ml eng"),
        Persona.PLATFORM_ENGINEER: (r"platform", r"infra", r"ops", r"mlops", r"devops", r"sre", r"ml infra\w*"),
        Persona.TEAM_LEAD: (r"lead", r"manager", r"management", r"boss", r"manage", r"em", r"leader"),
    },
}
#: Words that answer the maturity question inside a longer reply about how the team works ("we just run notebooks and
#: copy the weights to S3", "someone ssh's in and restarts it"): read only when the sentence does not wish for them.
MATURITY_IN_REPLY: dict[object, tuple[str, ...]] = {
    0: (r"notebooks?", r"jupyter", r"manual(?:ly)?", r"by hand", r"ssh'?(?:s|es|ed|ing)?(?: in(?:to)?)?",
        r"pickle files?", r"(?:a |an )?(?:calendar )?reminders?", r"when (?:i|we|someone|somebody) (?:email|ask|tell|"
        r"remember|get around)"),
    1: (r"(?<!')scheduled(?!')", r"on (?:a |the )?(?:schedule|cron|timer)", r"cron(?: ?jobs?)?", r"nightly",
        r"airflow", r"dagster", r"prefect", r"kubeflow",
        r"(?:argo|vertex|sagemaker|azure ml|databricks) (?:workflows|pipelines|jobs)", r"automated training"),
    2: (r"ci ?/ ?cd", r"cicd", r"fully automated", r"end[- ]to[- ]end automat\w*"),
}
#: A reply that says most of the work is not automated ("some stuff is scheduled, most isn't"): part one level and
#: part another, so no level is chosen for them.
MOSTLY_NOT = re.compile(r"(?<![a-z])(?:most(?: of (?:it|them|the \w+))? (?:\w+ )?(?:isn't|aren't|is not|are not|"
                        r"(?:is|are) still|(?:is|are) (?:done )?(?:by hand|manual\w*))|(?:my|our) team(?:'s| is) still)"
                        r"(?![a-z])")
#: A reply that places itself between two levels it names ("somewhere between 0 and 1? one model is scheduled, the
#: rest is manual"), or says it depends on whom (DEPENDS_WHO, "depends who you ask"): no level is chosen for them.
BETWEEN_LEVELS = re.compile(r"(?<![a-z])(?:somewhere (?:in )?between|in between|between (?:0|zero|the first|manual))"
                            r"(?![a-z])")
DEPENDS_WHO = re.compile(r"(?<![a-z])depends (?:on )?(?:who|which team|what team|the team)(?![a-z])")


#: The topic of a pain: it counts as that pain when the clause complains ("monitoring is a mess").
FRUSTRATION_TOPIC: dict[Frustration, tuple[str, ...]] = {
    Frustration.STUCK_IN_NOTEBOOKS: (r"notebooks?", r"jupyter"),
    Frustration.CANT_REPRODUCE: (r"reproduc\w*", r"replicat\w* (?:results|experiments|runs)",
                                 r"experiment tracking", r"versioning"),
    # (not "we keep shipping models nobody reviewed": shipped too freely, not too slowly)
    Frustration.SLOW_HANDOFF: (r"hand-?offs?", r"deploy\w*",
                               r"shipping(?! (?:\w+ )?models? (?:that )?(?:nobody|no one)\b)", r"releases?",
                               r"productioni[sz]\w*"),
    # (not a chat's alert channels, nor a failed job's alert beside its retries: "three Slack alert channels",
    # "replace cron with retries and alerts")
    Frustration.NO_MONITORING: (r"monitor\w*", r"drift\w*", r"observability",
                                r"(?<!slack )(?<!retries and )(?<!retry and )alert\w*(?! channels?)"),
    Frustration.DATA_QUALITY: (r"data quality", r"schemas?", r"(?:input|training|source|upstream) data"),
    Frustration.MANUAL_RETRAINING: (r"re-?train\w*",),
    Frustration.LABELING_BOTTLENECK: (r"label\w*", r"annotat\w*"),
    Frustration.LLM_QUALITY_UNKNOWN: (r"evals?", r"llm quality", r"prompts?", r"llm outputs?"),
    Frustration.COMPUTE_ACCESS: (r"gpus?", r"compute"),
    Frustration.TOO_MANY_TOOLS: (r"(?:our )?tool ?(?:chain|stack|landscape)", r"integrations"),
}
YES = re.compile(r"^(?:(?:y|ya|ye|yes+|yep|yup|yeah|yea|sure|true|ok|okay|of course|definitely|absolutely|correct|"
                 r"indeed|affirmative|must|we do|we can|i do|i can|it is|they are|it must|mandatory|required|"
                 r"required yes|👍|✅|si|oui|ja|certainly|i think so|yes please)\b|"
                 # a hedge is a yes on its own ("mostly.", "probably, yeah"), not when it opens what they do:
                 # "mostly scheduled pipelines, deploys are manual", "right now we use Jenkins"
                 r"(?:right|probably|mostly|kind of|sort of|pretty much)(?=\s*(?:$|[,.!;:)-]|(?:yes|yeah|yep|yup)\b)))")
#: A reply that a constraint does not bind them: to "must it be open source?" or "must you self-host?".
INDIFFERENT = re.compile(r"^(?:it )?(?:doesn't|does not|don't|do not) (?:really )?(?:matter|care|mind)|"
                         r"^either(?: way| is fine)?\b|^whatever\b|^no (?:strong )?preference|"
                         r"^(?:i'm |we're )?(?:not fussed|indifferent)|^any\b")
NO = re.compile(r"^(?:n|no+|nope|nah|nay|false|not really|never|no thanks|we can't|we don't|we do not|i don't|"
                r"cannot|can't|don't|not at all|negative|not needed|not necessary|not required|not yet|👎|❌|"
                r"none|no way|not really|absolutely not|i don't think so|not necessarily|nein|non|"
                r"not a (?:dealbreaker|deal-breaker|deal breaker|must|hard (?:rule|requirement))|optional|"
                r"(?:it )?(?:doesn't|does not|don't|do not) (?:have|need) to be)\b")


V = TypeVar("V")


@cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for several phrases, each matched as whole words."""
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(phrases) + r")(?:'?s)?(?![a-z0-9])")


def phrase_hits(low: str, table: Mapping[V, tuple[str, ...]]) -> list[tuple[int, int, V]]:
    """Where the table's phrases occur in a normalised text, as (start, end, value), in reading order: only
    the outermost, as a phrase inside a longer one of another value is part of it ("a record of hyperparams
    and metrics from every run" is tracking, not tuning)."""
    found = [(m.start(), m.end(), value) for value, phrases in table.items()
             for m in phrase_pattern(phrases).finditer(low)]  # fmt: skip
    outer = [hit for hit in found if not any(s <= hit[0] and hit[1] <= e and e - s > hit[1] - hit[0]
                                             for s, e, _ in found)]  # fmt: skip
    return sorted(outer, key=lambda hit: (hit[0], -hit[1]))


#: A line of a pasted list or form that is a heading for the lines under it: "## Want", "Stack:", "tools (versions):".
_HEADING = re.compile(r"^\s*#+\s*(.*?)\s*$|^(.*:)\s*$")
#: A line that is an item of a list: "- dvc 3.30", "* GKE", "• 20 MLEs", "✅ runs air-gapped", "[ ] guardrails", "2) …".
_BULLET = re.compile(r"\s*(?:[-*•·▪►➖✅☑✔❌✗]|\[[ xX]?\]|\d{1,2}[.)]|[a-z][)])\s")
#: How a line ends when it runs on into the next (a clause or sentence already closed, or a list joined by a mark).
_RUNS_ON = re.compile(r"[.;!?,:+&/(|-]\s*$")


def _lines_as_clauses(text: str) -> str:
    """A message pasted as lines (a bullet list, "Key: value" lines, a table) has one statement per line: each line
    is closed as a sentence unless it already ends in a mark, so that "k8s: no" does not run on into "Need: …" on
    the next line. A heading ("## Want", "Stack:") runs on into what it heads, and the bullets of one list are joined
    as a list ("What we need: - versioned datasets - a registry - drift alerts")."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return text
    out = []
    listing = False  # inside a list a heading or a bullet opened
    for line, after in zip(lines, lines[1:], strict=False):
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line) is not None
        if heading is not None:
            out.append((heading.group(1) or heading.group(2) or "").rstrip(":") + ":")
            listing = True
            continue
        listing = listing and bullet
        if bullet:  # the mark is no word: "1." would end a sentence, "- " would break a clause
            line = _unbulleted(line)
        if _RUNS_ON.search(line):
            out.append(line)
        elif listing and _BULLET.match(after):
            out.append(line.rstrip() + ",")
        else:
            out.append(line.rstrip() + ".")
    return " ".join([*out, _unbulleted(lines[-1])])


def _unbulleted(line: str) -> str:
    """A list item's line without its mark ("- dvc 3.30" → "dvc 3.30"); any other line as it is."""
    mark = _BULLET.match(line)
    return line[mark.end() :] if mark is not None else line


def normal(text: str) -> str:
    """Lower case, straight quotes, one space between words, a space at either end; the lines of a pasted list
    closed as sentences."""
    text = _lines_as_clauses(text).lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("–", "-").replace("—", " - ")
    text = re.sub(r"\b(can|don|doesn|isn|aren|won|didn|haven|hasn|wouldn|shouldn)t\b", r"\1't", text)
    text = re.sub(r"\b(i)(m|ve)\b|\b(you|they)(re)\b", lambda m: "'".join(g for g in m.groups() if g), text)
    text = re.sub(r"\bwe r\b", "we are", text)  # "we r 2 ML eng"
    text = re.sub(r"\b([a-z]{3,}s) r\b", r"\1 are", text)  # texting: "deployments r painful"
    text = re.sub(r"\bdunno\b", "don't know", text)  # "we dunno which model is in prod"
    text = re.sub(r"(?<![\w/])w/o(?![\w/])", "without", text)  # "serving w/o k8s"
    # a model refit is a model retrained, as statisticians say it ("I refit it by hand every tuesday")
    text = re.sub(r"\bre-?fit(s|ted|ting)?\b", lambda m: "retrain" + {"s": "s", "ted": "ed", "ting": "ing"}.get(
        m.group(1) or "", ""), text)
    # "key=value" lines ("team_size=3 k8s=false oss_only=false") read as "team size: 3 k8s: false oss only: false"
    text = re.sub(r"(?<=[a-z])_(?=[a-z])", " ", text)
    text = re.sub(r"(?<=[a-z0-9])=(?=[a-z0-9$~])", ": ", text)  # (not "retraining = me clicking run")
    return " " + re.sub(r"\s+", " ", text).strip() + " "
