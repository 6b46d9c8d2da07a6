"""Counting people: team sizes as people write them ('8 ppl', 'a 3 person startup', 'me and two others')."""

from __future__ import annotations

import re

from core import lexicon as lx

MAX_TEXT = 2000


def _bare(text: str) -> str:
    """A count without what hedges it: '~30' and 'about 30' are '30', '10+' and '30ish' are '10' and '30'."""
    word = re.sub(r"^(?:~|about|around|roughly|approx\.?|approximately|maybe|like|almost|nearly|over|under)\s*", "",
                  text.strip())  # fmt: skip
    return re.sub(r"(?:\+|-?ish|-odd| odd| or so)$", "", word).strip()


def to_number(text: str) -> int | None:
    """'5', '5k', '~30', '10+', 'twenty-five', 'a dozen' as a whole number."""
    word = _bare(text)
    if re.fullmatch(r"\d{1,6}k?", word):
        return int(word.rstrip("k")) * (1000 if word.endswith("k") else 1)
    if word in lx.VAGUE_NUMBERS:
        return lx.VAGUE_NUMBERS[word]
    if word in lx.SMALL_NUMBERS:
        return lx.SMALL_NUMBERS[word]
    parts = re.split(r"[- ]", word)
    if parts[0] in lx.TENS:
        return lx.TENS[parts[0]] + (lx.SMALL_NUMBERS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


#: Amounts too vague to be a team's size ("a handful", "a few of us"): left unread, and asked if it matters.
VAGUE_PEOPLE = frozenset({"a few", "few", "a handful", "a handful of", "handful of", "several"})


def _people(text: str) -> int | None:
    """A count of people, or None where it is only a vague amount."""
    return None if _bare(text) in VAGUE_PEOPLE else to_number(text)


_N = f"({lx.NUMBER})"
#: The whole number, and a count of people: not "8" of "~80 prompts", "2" of "2TB", "50" of "50-100k a year".
_NOT_PEOPLE = (r"(?![\d+%]|[.,]\d|[km]\b|[kmgtp]b\b|[-–] ?\d+[km]\b| ?/ ?(?:mo|month|yr|year|wk|week|day|h|hr|hour)\b)"
               r"(?! (?:\([^)]{1,20}\) )?(?:[\w-]+ ){0,2}(?:years?|months?|weeks?|days?|hours?|models?|gpus?|clouds?|"
               r"products?|projects?|tools?|dbs|databases?|repos|vendors|versions|environments|clusters|copies|vms|instances|"
               r"%|percent|times|k8s|teams|people short|tb|gb|million|m\b|billion|users|customers|prototypes?|apps?|"
               r"services|pipelines|datasets|clients|servers?|box(?:es)?|machines?|nodes?|workstations?|regions|folders?|"
               r"buckets?|vms?|instances?|scripts?|dashboards?|sdks?|libraries|frameworks|trackers?|spreadsheets?|"
               r"sheets?|drives?|on-?prem|in the cloud|"
               r"squads|prompts|chunks|cards|features|tickets|images|files|rows|dags|sites|documents|docs|"
               r"endpoints|agents|experiments|runs|notebooks|tables|of them|questions|queries|examples|samples|"
               r"labels|evals|test cases|conversations|calls|requests|records|predictions|items|embeddings|vectors|"
               r"tokens|pages)\b)")  # fmt: skip
#: After a role: groups of them, not people ("three DS departments", "4 ML teams").
_NOT_GROUPS = r"(?![a-z])(?! (?:departments?|teams|groups|squads|orgs|organi[sz]ations|units|divisions|functions)\b)"
#: Who the tools are for, said outright: "supporting ~12 ML people", "10 of them doing ML", "the ML group is 4".
_FOR_WHOM = (
    rf"(?:supporting|supports?|serving|serves?|for) (?:about |around |roughly )?{_N} (?:\w+ )?{lx.PEOPLE}{_NOT_GROUPS}",
    # "we're 40 engineers, 6 do ML", "25 in data overall, 9 of them build models", "only 2 will use this", "I run the
    # platform for 25 of them"
    rf"(?<!of ){_N} (?:of (?:them|us|whom) )?(?:actually |really )?(?:do|does|build|work on) (?:ml|ai|data science|"
    r"machine learning|the modell?ing|models)(?![a-z])",
    rf"(?:only |just )?{_N} (?:of (?:them|us) )?(?:will|would|are going to|are gonna) (?:actually )?use "
    r"(?:this|it|them|the tools?)(?![a-z])",
    rf"(?:run|runs|running|own|maintain|operate) (?:the |our |a )?(?:ml )?(?:platform|infra\w*|cluster|tooling) for "
    rf"(?:about |around |roughly |~ ?)?{_N}(?: of (?:them|us)|(?= (?:\w+ )?{lx.PEOPLE}(?![a-z])))",
    rf"{_N} of (?:them|us|whom) (?:doing|do|does|working on|work on|on) (?:ml|ai|data science|machine learning)",
    rf"(?:ml|ai|ds|data science) (?:team|group|squad|org) (?:is|has|of) (?:about |around |roughly |only |just )?{_N}"
    rf"{_NOT_PEOPLE}",
    # "the ML team proper is 9", "the 'AI squad' I lead is 5", "the ML pod inside it is 6", "7 of them are the ML
    # team"
    rf"(?:ml|ai|ds|data science)['\"]? ?(?:team|group|squad|pod|unit|side)['\"]?"
    r"(?: proper| itself| inside it| within it)?"
    rf"(?: (?:i|we) (?:lead|run|manage|am on|am in|sit in))? (?:is|are|=) (?:about |around |roughly |only |just )?"
    rf"{_N}{_NOT_PEOPLE}",
    rf"{_N} of (?:them|those|these) (?:are|make up|form) (?:the |our )?(?:ml|ai|ds|data science) "
    r"(?:team|group|squad|pod)",
    # "I'm the platform engineer for a data org of 20": the org a platform person serves
    rf"(?:for|support|supporting|serving) (?:a|the|our) (?:data|ml|ai|ds|data science) (?:org|organi[sz]ation|"
    rf"department|group) of (?:about |around |roughly )?{_N}",
)
_TEAM_PATTERNS = (
    rf"{_N} (?:people|persons|ppl|folks) ?\(",  # "12 people (8 DS + 4 DE)": the total comes first
    rf"{_N}ppl(?![a-z])",  # "DS team 8ppl"
    rf"team(?: of| is| size is| size:| size of| size| =| consists of| has| with| ?\(| ?:) ?(?:about |around |roughly "
    rf"|only |just )?{_N}(?! (?:(?!in |at |on |for |of )[\w-]+ )?(?:servers?|box(?:es)?|machines?|nodes?|folders?|"
    r"models?|gpus?|clusters?|"
    r"agents?|"
    r"vms?|instances?|buckets?|repos?)\b)",  # not "my pitch to the team: one server for tracking"
    rf"team (?=~){_N}",  # "team ~20"
    # "our group is 5", "the lab is 7 people"
    rf"(?:our|my|the) (?:group|lab|squad|crew|pod|unit) (?:is|=) (?:about |around |roughly |only |just )?{_N}"
    rf"{_NOT_PEOPLE}(?! (?:of|in) )",
    rf"team (?:grew|has grown|just grew|went|is growing|doubled) to {_N}",  # "team grew to 6 and wandb got pricey"
    # "team's shrunk to 3 after the reorg", "headcount changed, call it 7 now", "headcount is down to 5"
    rf"(?:team|headcount)(?:'s| has| is| just)? (?:shrunk|shrank|dropped|fallen|gone down|down|up|grown|gone up) to "
    rf"{_N}",
    rf"headcount (?:changed|is different)[,;:]? (?:call it|it's|make (?:it|that)|now) {_N}",
    rf"team, (?=maybe|about|around|roughly|~|\d){_N}{_NOT_PEOPLE}(?=\s*(?:[,.;)!?]|$))",  # "a small team, maybe 5,"
    rf"team \((?:they're|they are|we're|we are|all|about|around|~) ?{_N}\)",  # "our new ML team (they're 5)"
    rf"(?:team of (?:[\w-]+ ){{1,2}}(?:is|are)|(?:group|lab|squad|crew)(?: of| ?\()|(?:ml |ds |data |ai )?(?:folks|"
    rf"people|guys|group) ?\() ?(?:about |around |roughly |only |just )?{_N}(?! teams| groups| squads)"
    r"(?! (?:ai |llm )?(?:agents?|bots?|models?|gpus?|servers?|nodes?|machines?)\b)",  # "a crew of 4 agents": no people
    rf"{_N}[- ]?(?:person|people|member|man|ppl|strong|human)s?[- ]['\"]?(?:[a-z/]+ ){{0,3}}{lx.TEAM_NOUN}(?![a-z])",
    # "a 5-dev team", "our 3-engineer squad": a team named by what its people are
    rf"{_N}[- ](?:dev|developer|engineer|eng|mle|scientist|researcher|analyst)s?[- ]"
    r"(?:team|squad|group|crew|pod)(?![a-z])",
    rf"{lx.PEOPLE} ?\( ?(?:about |around |roughly |~ ?)?{_N} ?\)",  # "our data scientists (about 30)"
    rf"{_N} (?:on|in) (?:the|our|my) team",
    # a message or sentence that opens with them: "Two co-founders, bootstrapped."
    rf"(?<![^\n.!?] )(?:just |only )?{_N} co-?founders(?![a-z'’])",
    rf"{_N} on the (?:data science|ds|ml|ai|data|machine learning) side",  # "7 on the data science side"
    rf"(?:startup|start-up|company|shop|scale-?up) of {_N}",  # "a startup of 12" (a big company is left out below)
    rf"(?:the |all |just the |only the )?(?!one of|1 of){_N} of us",  # not "one of us retrains by hand"
    rf"{_N} (?:of us )?(?:including|incl\.?|counting|with) (?:me|myself)",  # "five including me"
    rf"(?:lead|manage|managing|leading|run|running|head|manager|lead) (?:of )?(?:a |an |the |my |our )?(?:small |ml |"
    rf"data |ai )?(?:team|group) of {_N}",
    rf"(?:lead|manager|head) of {_N}",
    rf"(?:we're|we are|we're only|we are only) (?:actually |now |currently )?"
    rf"(?:a team of |just |only |about |around |roughly )?{_N}{_NOT_PEOPLE}(?! (?:of|in) (?:the )?(?:company|org))",
    # "we have 8 data scientists", "there are 12 of us", "we have 8." (not "we have about 40 cron jobs", "we have 4
    # fine-tuned LLMs in prod", "we have 8 for everyone": things counted)
    rf"(?:there are|there's|we have|we've got) (?:actually |now |currently )?"
    rf"(?:a team of |just |only |about |around |roughly )?{_N}{_NOT_PEOPLE}"
    rf"(?= (?:[\w-]+ )?{lx.PEOPLE}(?![a-z])| of us\b|\s*(?:[,.;:!?)]|$))",
)
_RANGE = rf"(?<!from )(?:between {_N} and {_N}|{_N} ?(?:-|to|or) ?{_N}) (?:\w+ )?{lx.PEOPLE}(?![a-z])"
#: The top of a range after a team's count: "team of 6 to 8".
_UP_TO = re.compile(rf" ?(?:-|–|to|or) ?{_N}{_NOT_PEOPLE}")


def _middle(low_end: int, top: int) -> int:
    """The one team size a range stands for: its middle, a half rounded up."""
    return round((low_end + top) / 2 + 0.01)


def _up_to(low: str, end: int, number: int) -> int | None:
    """The middle of a range whose bottom, `number`, ends at `end` ("team of 6 to 8": 7); None without a higher top."""
    if (upto := _UP_TO.match(low, end)) and (top := _people(upto.group(1))) and top > number:
        return _middle(number, top)
    return None


#: (one person only as a whole team, not said doing a task: "only one person can work the queue", "one person labels
#: part-time", "R scripts one analyst runs weekly", nor whose work it is: "deployed by hand by one person", "lived on
#: one analyst's desktop", nor a bound: "once there's more than one person"; no count of people served at once:
#: "handles ~50 students at once", "chokes when >3 ppl use it at once")
_ROLE_COUNT = (r"(?:(?<!\bby )(?<!\bof )(?<!\bon )(?<!\bfrom )(?<!\bthan )|(?!one |1 ))"
               rf"{_N} (?!different |separate |random )(?:\w+ )?{lx.PEOPLE}{_NOT_GROUPS}"
               r"(?:(?<!\bone person)(?<!\b1 person)(?<!\bone guy)(?<!\b1 guy)(?<!\bone analyst)(?<!\b1 analyst)|"
               r"(?=\s*(?:[.,;:!?)]|$|and\b|\+)))"
               r"(?! (?:\w+ ){0,3}(?:at once|concurrently|simultaneously|at the same time)\b)")
_PAIR = (r"(?:just |only )?me(?: \([^)]{1,30}\))? (?:and|plus|\+|&) (?:a|an|one|my|another) (?:[\w'’-]+ )?"
         r"(?:colleague|co-?worker|"
         r"friend|co-?founder|partner|intern|other|teammate|student|engineer|scientist|dev|developer|researcher|person|"
         r"guy|buddy|boss|contractor|freelancer|consultant|analyst|part-?timer|designer|pm|product manager|manager|"
         r"supervisor|advisor|adviser|professor|prof|postdoc|mentor|pi|volunteer|editor|reporter|assistant|technician|"
         r"tech)\b")
_ME_PLUS = (rf"me(?: \([^)]{{1,30}}\)| as (?:the |an? )?(?:one |only |sole |lone )?[\w -]{{1,25}}?)? "
            rf"(?:and|plus|\+|with) (?:my |our )?{_N}"
            rf"(?: (?:others|other people|colleagues|co-?workers|more|\w+)|(?=\s*(?:[,.;)!?]|$)))")  # "team is me + 1,"
_ALONE = (r"(?:i'm|i am) (?:an? [\w-]+ and )?the (?:only|sole|lone|single) (?:[\w-]+ ){0,2}(?:person|engineer|one|dev|"
          r"developer|data scientist|scientist|mle|ds|researcher) (?:on|at|in|doing|working|for|supporting|serving)",
          # "I'm the only ML engineer.", "I'm the only DS, and the company is on AWS", "Small clinic, I'm the only
          # developer."
          r"(?:i'm|i am) the (?:only|sole|lone) (?:(?:ml|ai|data science|machine learning) (?:person|engineer|dev|"
          r"developer|scientist|mle)|data person|ds|mle|data scientist|developer|dev|engineer|programmer)"
          r"(?=\s*(?:[.!?;,—–()]|$)|\s+-)",
          # "I'm the entire 'AI department' at a law firm"
          r"(?:i'm|i am) the (?:entire|whole) ['\"‘’“”]?(?:ml|ai|data|data science|ds|analytics|machine learning) "
          r"(?:team|department|dept|function|group|unit)\b",
          # "only ML person at a small manufacturing company", "Only MLE at a 12-person fintech": the writer, in a hurry
          # (not "the only ML person left")
          r"(?<![a-z] )(?<![a-z])(?:only|sole|lone) (?:(?:ml|ai|ds|data science|machine learning) "
          r"(?:person|engineer|dev|developer|scientist|mle|guy)|mle|data scientist) (?:at|in) (?:a|an|our|my)\b",
          # "I'm the CTO, also the only ML person right now", "I am also the only ML person"
          # (a role, to the question of it, said in a hurry: "cto, also the only ml person")
          r"(?:i'm|i am|me|^\W*(?:the |an? )?[\w-]+(?= *,? (?:also|and) ))(?: [\w-]+){0,2},? (?:also |and )?the "
          r"(?:only|sole|lone) (?:ml|ai|data science|machine learning|ds) (?:person|engineer|dev|developer|scientist|"
          r"mle|guy)(?=\s*(?:[.!?;,]|$|[^\w\s]|right now|at the moment|for now|currently|here))",
          # "just got hired as the first and only 'ML person' at a 40-person company"
          r"(?:hired|joined|brought in) as the (?:first and only|only|sole|lone) ['\"]?(?:[\w-]+ ){0,2}"
          r"(?:person|engineer|dev|developer|data scientist|scientist|mle|ds|hire)['\"]? (?:on|at|in|for)",
          r"(?:it's|it is) (?:just )?me\b(?!,? (?:plus|and|\+|with|&))",
          # "40 devs in the company but ML is just me"
          # "the 'ML team' is just me"
          r"(?:ml|ai|ds|data science|machine learning|the ml (?:side|part|work)|(?:the )?['\"]?(?:ml|ai|data science|"
          r"ds) team['\"]?|(?:the )?(?:ml|ai|ds|data science|machine learning) (?:person|guy|engineer)) (?:is|=) "
          r"(?:just|only) me\b"
          r"(?!,? (?:plus|and|\+|with|&))",
          # "12 sites and the entire 'data team' is me"
          r"the (?:entire|whole) ['\"‘’“”]?(?:ml|ai|data|data science|ds|analytics|machine learning) "
          r"(?:team|department|dept)['\"‘’“”]? (?:is|=) (?:just |only )?me\b(?!,? (?:plus|and|\+|with|&))")  # fmt: skip
#: "the only MLE among 9 data scientists": the writer and the others.
_ONLY_AMONG = rf"(?:i'm|i am) the only (?:[\w-]+ ){{1,2}}(?:among|alongside|with|for) {_N} (?:\w+ )?{lx.PEOPLE}"
_AND_ME = rf"{_N} (?:\w+ )?{lx.PEOPLE} (?:and|plus|\+) (?:me|myself)"
#: The writer, one of a role, working with others: "I'm a data scientist with 2 others", "I'm an MLE working with three
#: colleagues" is the writer and those others.
_WITH_OTHERS = (rf"(?:i'm|i am|im) (?:an? |the |one )?(?:[\w-]+ ){{0,2}}?{lx.PEOPLE},? (?:working |together |along |)"
                rf"(?:with|alongside) (?:my |our )?{_N} (?:others|other (?:\w+ )?{lx.PEOPLE}|colleagues|co-?workers|"
                r"team-?mates)(?![a-z])")
#: The others of the writer's team: "3 teammates" is four people.
_MATES = rf"{_N} (?:other )?team-?mates(?![a-z])"
#: A count said not to be theirs: "(12 data scientists, not my team)".
_NOT_OURS = re.compile(r"[^.;()]{0,25}?\bnot (?:my|our|on my|on our|in my|in our) (?:own )?team")
#: What a whole company is called, and a company's headcount past which it is not the team that uses the tools.
_COMPANY_WORDS = (r"(?:startup|start-up|company|shop|org|organi[sz]ation|business|agency|scale-?up|firm|consultancy|"
                  r"studio|practice|corporation|enterprise|" + lx.SECTOR_COMPANY + ")s?")
COMPANY_NOT_TEAM = 15
_COMPANY = re.compile(_COMPANY_WORDS + "$")
_COMPANY_OF = re.compile(r"(?:startup|start-up|company|shop|scale-?up) of")
_ML = re.compile(r"(?<![a-z])(?:ml|ai|ds|data|research|science|analytics|applied)(?![a-z])")
_SOLO = (r"just me", r"only me", r"solo", r"by myself", r"on my own", r"one[- ](?:man|woman|person) (?:band|show|"
         r"team|shop|operation)",
         # "I run a one-woman ML consultancy"
         r"one[- ](?:man|woman|person) (?:[\w-]+ )?(?:consultancy|business|startup|agency)",
         r"i'm alone", r"i am alone", r"i work alone", r"just myself", r"only myself",
         r"team of one", r"single person",
         # "it's one analyst (me) with Excel exports" (not "one data scientist (me), one data engineer")
         r"one (?:[\w-]+ )?(?:person|analyst|engineer|developer|dev|data scientist|scientist|researcher) \(me\)"
         r"(?!,? (?:and |plus |\+ )?(?:one|two|three|four|five|\d+)\b|,? (?:and|plus|\+) (?:a|an)\b)",
         r"lone (?:wolf|dev|developer|researcher|engineer)",
         r"solopreneur",
         r"indie (?:dev|hacker|developer)", r"me, myself and i", r"i'm the only one",
         # not "the mysql setup alone took a day" (that thing by itself)
         r"(?<!let )(?<!leave it )(?<!leave me )alone(?! (?:took|takes|cost|costs|ate|eats|was|is|would|will|needs|"
         r"needed|requires|required|adds|added)\b)")  # fmt: skip


#: A count of people followed by what they make up: "a 300 person company".
_COMPANY_AFTER = re.compile(r"[- ]?" + _COMPANY_WORDS + r"(?![a-z])")
#: "3 of us touch ML", "two of us do the ML": the writer's team is those of a group who do the work.
_OF_US_ML = (rf"{_N} of us (?:actually |really )?(?:touch|do|work on|work in|are on|are in|on|in|handle|own|build|"
             r"train|deploy|ship|fine-tune) "
             r"(?:the )?(?:ml|ai|data science|models?|machine learning|modell?ing)(?![a-z])")


#: A whole company's headcount said after it: "the company is 600 people", "the org has ~400 employees".
_COMPANY_BEFORE = re.compile(r"(?<![a-z])(?:the|our|my|whole|entire) " + _COMPANY_WORDS
                             + r"(?: (?:is|has|have|are)| of| with)? (?:about |around |roughly |nearly |almost |over |"
                               r"~)?$")


def _company_before(low: str, start: int) -> bool:
    """Is the count starting at `start` said of a whole company named before it ("the company is 600 people")?"""
    return _COMPANY_BEFORE.search(low[max(0, start - 60) : start]) is not None


#: "a 200 person retailer", "a 500-person bank": a headcount said of what follows it, which is no team of people
#: (a team, a lab, a group, a squad …).
_OF_A_PLACE = re.compile(r"[- ]?(?!" + lx.TEAM_NOUN + r"\b)[a-z][a-z-]+\b")


def _a_company(low: str, count: re.Match[str]) -> bool:
    """Is this count the size of a whole company ("a 300 person company", "a 200 person retailer"), not of a team?
    A small one (COMPANY_NOT_TEAM or fewer) is its own team, as the team patterns read it."""
    if (_people(count.group(1)) or 0) <= COMPANY_NOT_TEAM:
        return False
    if _COMPANY_AFTER.match(low, count.end()) is not None:
        return True
    if _company_before(low, count.start(1)):
        return True  # "the company is 600 people but the ML team is me plus one"
    said = low[count.start(1) : count.end()]
    return said.rstrip().endswith("person") and _OF_A_PLACE.match(low, count.end()) is not None


#: A count taken back and said again: "five. no, six", "fifteen, well, fourteen", "8, sorry, 9": the second one holds.
_TAKEN_BACK = re.compile(rf"(?<![a-z0-9]){lx.NUMBER}\s*[.,;:!]?\s*{lx.TAKEN_BACK_WORDS}\s*[,.:!]?\s+"
                         rf"(?={lx.NUMBER}(?![a-z0-9]))")


#: Before a count of people: the app they are its users of, not the team ("a code assistant for our 200 engineers").
_FOR_USERS = re.compile(r"(?<![a-z])(?:assistants?|bots?|chatbots?|copilots?|apps?|tools?|products?|portals?|agents?|"
                        r"features?|autocomplete) (?:[\w-]+ ){0,3}(?:for|to) (?:our |the |all (?:of )?(?:our |the )?|"
                        r"about |around |roughly |some |~ ?)?$")


#: Students counted in a course, a class or a school are the people a notebook hub or a tutor serves, not the team:
#: "notebooks for ~1000 course students", "a deep learning course (60 students)", "our CS course (30-ish students)".
_STUDENTS = re.compile(r"(?<![a-z])students?(?![a-z])")
_COURSE = re.compile(r"(?<![a-z])(?:course|courses|class|classes|lecture|lectures|module|semester|term|mooc|cohort|"
                     r"bootcamp|school|schools|district|teach\w*|instructors?)(?![a-z])")
#: A course or a school named shortly before a count, in the same sentence: "a deep learning course (60 students)".
_TAUGHT = re.compile(_COURSE.pattern + r"[^.;:!?]{0,30}$")


#: A count given in thousands: "~225k students".
_THOUSANDS = re.compile(r"\d ?k(?![a-z])")
#: After a count of students, how often they come: "maybe 200 students a term", "60 students per semester".
_EACH_TERM = re.compile(r"\s*(?:a|an|per|each|every) (?:term|semester|year|cohort|course|class|intake)(?![a-z])")


def _taught(low: str, count: re.Match[str]) -> bool:
    """Is this a count of students in a course or a school ("a deep learning course (60 students)", "~1000 course
    students", "200 students a term"), or a school's many ("for ~225k students": counted in thousands)?"""
    said = low[count.start(1) : count.end()]
    return _STUDENTS.search(said) is not None and (_COURSE.search(said) is not None
                                                   or _TAUGHT.search(low, 0, count.start(1)) is not None
                                                   or _EACH_TERM.match(low, count.end()) is not None
                                                   or _THOUSANDS.search(said) is not None)


#: Where a count may start: not inside a word, nor after a number's decimal point or thousands comma ("1.5 FTE",
#: "1,500 staff").
_START = r"(?<![a-z0-9])(?<!\d[.,])"


#: Where a list of the team's members begins: "the team is me, my lead, and a DS", "the lab is the PI, me, and four
#: grad students", "'the ML team' is me plus one contractor", or a sentence that opens with "me, …".
_MEMBERS_FROM = re.compile(r"(?:(?:team|lab|group|squad|crew|pod|unit|side)['\"]? (?:is|=|are|consists of|:)|"
                           r"(?:^|[.!?:;]\s*)(?=\s*(?:me,|me and|me \(|(?:one|1) [\w ]{1,30}\(me\),)))\s*['\"]?")
#: One member of such a list: the writer ("me (lead)"), a count of a role ("two DS", "4 clinician-researchers"), one
#: person named by role ("a data engineer", "my lead", "the PI", "one ML engineer (me)") or by name in quotes ("'Dave
#: from BI'"), with what is said of them ("who writes SQL", "on weekends", "we poached from the backend team").
_ROLE_WORDS = (r"(?:" + lx.PEOPLE + r"|lead|boss|manager|pm|cto|ceo|founder|co-?founder|intern|contractor|freelancer|"
               r"consultant|designer|architect|sre)")
#: The writer, in a list of members.
_WRITER = r"(?:me|myself)(?![a-z])"
_MEMBER = re.compile(
    r"(?:" + _WRITER + r"(?!\s*(?:included|incl\b|inclusive|(?:being |as )?one\b))|"
    rf"(?P<count>{lx.NUMBER}) (?!of (?:them|whom|us|those|these)\b)(?:[\w'-]+ ){{0,2}}?(?:{lx.PEOPLE}|interns?|"
    r"contractors?)(?![a-z])|"
    rf"(?:a|an|one|my|our|the|another|his|her) (?:[\w'&-]+ ){{0,2}}?{_ROLE_WORDS}(?![a-z])|"
    r"['\"][a-z]+(?: from [a-z]+)?['\"])"
    r"(?: \([^)]{1,30}\))?(?: (?:who|we|on|that|from|part-?time)\b(?:(?! (?:and|plus)\b)[^,.;:!?()+&]){0,40})?")
#: A member said as the one of their kind ("the only data person"): right after the writer, the writer again.
_THE_ONLY = re.compile(r"the (?:only|sole|lone|single) ")
_MEMBER_JOIN = re.compile(r"\s*(?:,\s*(?:and|plus|&|\+)?|and|plus|&|\+)\s*")


def _members(low: str) -> int | None:
    """The people of a list of the team's members, the writer among them: "me, two DS, and one MLE" is four; "one ML
    engineer (me), a data engineer, and a PM who writes SQL" three. None when no such list of two or more is said."""
    for start in _MEMBERS_FROM.finditer(low):
        at, total, items, after_me = start.end(), 0, 0, False
        while (member := _MEMBER.match(low, at)) is not None:
            if member.group("count"):
                if (number := _people(member.group("count"))) is None:
                    break
                total += number
            elif not (after_me and _THE_ONLY.match(member.group(0))):
                total += 1  # (not "me, the only data person at a food bank": the writer again, in other words)
            items += 1
            after_me = re.match(_WRITER, member.group(0)) is not None
            at = member.end()
            join = _MEMBER_JOIN.match(low, at)
            if join is None or not join.group(0).strip():
                break
            at = join.end()
        if items >= 2:  # (a list that opens a sentence opens with the writer: "me, …", "one MLE (me), …")
            return total
    return None


#: A multiplication right before a count: "290 days x 12 people", "3 × 4 sensors".
_TIMES = re.compile(r"(?:(?<![a-z])x|×)\s*$")


def team_size_in(low: str) -> int | None:
    """The team size a sentence states ('8 ppl', '3 person startup', 'team of five', 'just me')."""
    low = _TAKEN_BACK.sub("", low)
    if (listed := _members(low)) is not None:
        return listed
    for pattern in _FOR_WHOM:
        match = re.search(_START + pattern, low)
        if match and (number := _people(match.group(1))) and not _taught(low, match):
            return number
    if (match := re.search(_START + _OF_US_ML, low)) and (number := _people(match.group(1))):
        return number  # "CTO at a 12-person startup, 3 of us touch ML"
    alone = lx.phrase_pattern(_ALONE).search(low) is not None  # "I'm the only ML person at a 60-person company"
    for pattern in _TEAM_PATTERNS:
        # each match in turn: past a whole company, the team said after it ("a 25-person company with a 4-person ML
        # team")
        for match in re.finditer(_START + pattern, low):
            if not (number := _people(match.group(1))) or _NOT_OURS.match(low, match.end(1)):
                continue
            if number > COMPANY_NOT_TEAM and _company_before(low, match.start(1)):
                continue  # "the company is 600 people but the ML team is me plus one": the whole company's count
            company = _COMPANY.search(match.group(0)) or _COMPANY_OF.match(match.group(0))
            if company and not _ML.search(match.group(0)) and (alone or number > COMPANY_NOT_TEAM
                                                               or _ML_COUNT.search(low, match.end()) is not None):
                # a whole company ("MLE at a 40-person startup") is not the team that uses the tools, nor a small one
                # whose ML people are counted after it ("CTO of a 12-person startup. We have two ML engineers")
                continue
            if (middle := _up_to(low, match.end(1), number)) is not None:
                return middle  # "team of 6 to 8": the middle, as a range of roles is read
            counted = _counted(low, match.start(1))
            return counted if counted and counted > number else number  # "team of 5 DS + 1 MLE"
    if (match := re.search(_START + _ONLY_AMONG, low)) and (number := _people(match.group(1))):
        return number + 1
    if alone:
        return 1
    if (match := re.search(_START + _AND_ME, low)) and (number := _people(match.group(1))):
        return _counted(low, _chain_start(low, match.start(1))) or number + 1  # "3 MLEs, 1 DE and me": 5
    if (match := re.search(_START + _RANGE, low)) and (a := _people(match.group(1) or match.group(3))):
        b = _people(match.group(2) or match.group(4)) or a
        if match.group(1) is None or b - a <= max(2, a // 4):  # "between 15 and 25": too wide to pick one number
            return _middle(a, b)
    if re.search(r"(?<![a-z])" + _PAIR, low):
        return 2
    if (match := re.search(r"(?<![a-z])" + _ME_PLUS, low)) and (number := _people(match.group(1))):
        return number + 1
    if (match := re.search(_START + _MATES, low)) and (number := _people(match.group(1))):
        return number + 1
    if (match := re.search(r"(?<![a-z])" + _WITH_OTHERS, low)) and (number := _people(match.group(1))):
        return number + 1
    counts = [c for c in re.finditer(_START + _ROLE_COUNT + r"(?![a-z0-9])", low)
              if not _NOT_OURS.match(low, c.end()) and not _a_company(low, c) and not _taught(low, c)
              and not _FOR_USERS.search(low, 0, c.start())
              and not _TIMES.search(low, 0, c.start(1))]  # "290 days x 12 people": people in the data
    if counts:
        return _counted(low, counts[0].start(1)) or None
    if lx.phrase_pattern(_SOLO).search(low):
        return 1
    return None


#: "(me)" after a counted group: the writer is in that group, and it is the team.
_ME = re.compile(r"\s*\((?:me|incl\.? me|including me|me included)\)")
#: One more person joined to a count: "and an MLE", "+ our PI", "plus a data engineer", "and me (lead)".
#: Between two counted roles: "3 DS + 2 MLEs", "3 MLEs, 1 DE".
_JOIN = r"\s*(?:,|and|&|\+|plus|, and)\s*"
_ONE_MORE = re.compile(rf"{_JOIN}(?:a|an|one|our|the|my) (?:\w+ )?{lx.PEOPLE}(?![a-z])|"
                       # ("4 DS, 2 MLE, plus me as lead"), not "two devs, me included", "5 DE + 2 DS, me being one of
                       # the DS", nor the one who runs things for them: "a dozen DS, plus me running the infra for them"
                       rf"(?:{_JOIN}|,\s*plus\s*)(?:me|myself)(?![a-z])"
                       r"(?!\s*(?:included|incl\b|inclusive|(?:being |as )?one\b))"
                       r"(?!\s*(?:running|pretending|supporting|doing (?:the )?(?:infra|ops|platform)|as (?:the )?"
                       r"(?:platform|infra|ops|sre|devops)))")


#: Roles that do ML or data work: counted together, they are one team ("3 DS + 1 MLE (me)"), unlike "40 devs".
_ML_ROLE = re.compile(r"(?<![a-z])(?:ds|dss|des?|mles?|data (?:scientists?|engineers?|people|folks)|ml (?:engineers?|"
                      r"people|folks|devs?|researchers?)|ai engineers?|researchers?|scientists?|analysts?|phds?|"
                      r"postdocs?|quants?|research engineers?)(?![a-z])")


#: A count of people in ML or data roles: "two ML engineers", "2 DS".
_ML_COUNT = re.compile(rf"(?<![a-z0-9]){_N} (?:\w+ )?{_ML_ROLE.pattern}")


def _counted(low: str, start: int) -> int | None:
    """People counted from `start` on, adding roles joined by 'and', '+', ',': '3 DS + 2 MLEs' is 5."""
    counts = list(re.finditer(r"(?<![a-z0-9])" + _ROLE_COUNT + r"(?![a-z0-9])", low[start:]))
    if not counts or counts[0].start() != 0:
        return None
    total = _people(counts[0].group(1)) or 0
    last = counts[0]
    for previous, match in zip(counts, counts[1:], strict=False):
        if _ME.match(low, start + previous.end()):
            return _people(previous.group(1))  # "40 devs and 1 ML person (me)": the writer's own group
        if not re.fullmatch(_JOIN, low[start + previous.end() : start + match.start()]):
            break
        total += _people(match.group(1)) or 0
        last = match
    if _ME.match(low, start + last.end()) and last is not counts[0]:
        # "40 devs and 1 ML person (me)": the writer's own group; "4 DS, 1 MLE (me)": all of them do ML or data work,
        # and the writer is one of the team they make
        chain = low[start + counts[0].start() : start + last.end()]
        if all(_ML_ROLE.search(m.group(0)) for m in re.finditer(_ROLE_COUNT, chain)):
            return total
        return _people(last.group(1))
    if _ONE_MORE.match(low, start + last.end()) is not None:  # "two DS and an MLE", "+ our PI"
        total += 1
    elif (other := _OTHER_ROLE.match(low, start + last.end())) is not None:  # "3 MLE + 1 platform"
        total += _people(other.group(1)) or 0
    return total


#: A count of people named by their team's work, joined to counted roles: "3 MLE + 1 platform", "2 DS and 1 infra".
_OTHER_ROLE = re.compile(rf"{_JOIN}{_N} (?:platform|infra|devops|ops|sre|backend|frontend|product|design)(?![a-z])"
                         r"(?! (?:teams?|engineers?|people|folks|devs?|tools?|things?))")


def _chain_start(low: str, start: int) -> int:
    """Where the run of counted roles that reaches `start` begins ("3 MLEs, 1 DE and me": at the 3)."""
    for match in re.finditer(r"(?<![a-z0-9])" + _ROLE_COUNT + r"(?![a-z0-9])", low[:start]):
        if re.fullmatch(rf"(?:{_ROLE_COUNT}{_JOIN})+", low[match.start(1) : start]):
            return match.start(1)
    return start


#: The writer added to a bare count in a reply: "5, plus me".
_PLUS_ME = re.compile(r",? (?:plus|and|\+|&) (?:me|myself)(?![a-z])")


def read_number(text: str) -> int | None:
    """A team size from a reply: '5', 'we are 12 people', 'a dozen', 'solo'."""
    low = lx.normal(text[:MAX_TEXT])
    stated = team_size_in(low)
    if stated is not None:
        return stated
    low = _TAKEN_BACK.sub("", low)  # "Five. No, six": the bare count said last
    bare = re.search(r"(?<![a-z0-9.])" + _N + r"(?![a-z0-9])", low)
    if bare and _PLUS_ME.match(low, bare.end()):
        others = _people(bare.group(1))
        return others + 1 if others else None  # "5, plus me"; not "a few, plus me"
    if bare and (number := _people(bare.group(1))) and (middle := _up_to(low, bare.end(), number)) is not None:
        return middle  # "6-8 depending on how you count": the middle, as a team's range
    return _people(bare.group(1)) if bare else None
