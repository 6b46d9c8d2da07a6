"""Reading what people type: every profile field from free text, and a reply to one question.

`read` finds every fact a message states (role, team size, cloud, Kubernetes, workloads, tools,
pains, needs, constraints), what it says is *not* so ("I don't use ClearML", "not open source only")
and tool names it does not know. `read_reply` reads a message as a reply to one question: the
answer to that question when there is one, and the other facts beside it. The words themselves
live in core/lexicon.py; tool names in core/mentions.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any, cast

from rapidfuzz import fuzz, process, utils

from core import lexicon as lx
from core.catalog import Catalog, Tool
from core.headcount import read_number, team_size_in, to_number
from core.mentions import Mention, find_tools, libraries_among, libraries_named, others_named, unknown_names
from core.questions import QUESTIONS, Kind, Question
from core.vocabulary import Budget, Cloud, ComputeSource, Frustration, Persona, Stage, Workload

MAX_TEXT = 2000  # longer replies are cut before reading; Slack messages can be 40k characters
#: A whole cloud is where they run (the cloud field), never a tool in the stack, even in a list of tools.
WHOLE_CLOUDS = frozenset({"aws", "google-cloud", "microsoft-azure"})
#: Catalog entries that are fields of their own (cloud, Kubernetes), not tools in the stack.
NOT_STACK = WHOLE_CLOUDS | {"kubernetes"}
LIST_FIELDS = ("workloads", "current_stack", "frustrations", "needs")
__all__ = ["LIST_FIELDS", "NotUnderstood", "Reading", "names_nothing", "parse_answer", "read", "read_number",
           "read_reply", "to_number", "understand"]  # fmt: skip
#: Words that say there is nothing, whole or opening a longer reply ("nothing yet", "right now nothing, we …").
_NOTHING = r"(?:none|nothing|nada|zero|no tools?|not yet|none yet|nothing yet|nothing really|nothing at all)"
_NONE_SAID = re.compile(rf"^(?:{_NOTHING}|n/a|-|nope|no|nah+|not really|none really|nothing much|not much|"
                        r"none of (?:those|them|these)|no tools yet)$")  # fmt: skip


def clipped(text: str) -> str:
    """The text cut to MAX_TEXT at a word's end, so a cut never leaves half a word to misread ("airf")."""
    if len(text) <= MAX_TEXT:
        return text
    cut = text[: MAX_TEXT + 1]
    end = max(cut.rfind(" "), cut.rfind("\n"))
    return cut[:end] if end > 0 else text[:MAX_TEXT]


def names_nothing(text: str) -> bool:
    """Does a reply name none of what was asked ("nah", "none of those", "nothing really")?"""
    return _NONE_SAID.match(utils.default_process(text)) is not None
#: Words that say a tool is in use; not when a wish or a plan goes before them ("we want to use MLflow", "we should
#: really be using Git", "planning to start running Airflow": the tool is not theirs yet).
_USAGE = re.compile(r"(?<![a-z])(?<!\bto )(?<!\bbe )(?<!\bstart )(?<!\bstarting )(?<!\bbegin )(?<!\btry )(?<!\btrying )"
                    r"(?<!\bbolt )"  # "before I bolt on Prometheus": to add, not in use
                    r"(?<!\bspike )(?<!\bdive )"  # "a spike on Kubeflow", "a deep dive on MLflow": weighed
                    r"(?<!'just )(?<!\"just )(?<!‘just )(?<!“just )"  # "everyone says 'just use Docker'": advice quoted
                    r"(?<!\bshould we )(?<!\bshould i )(?<!\bcould we )(?<!\bshall we )"  # "should we use Feast or …"
                    r"(?:use|uses|using|used|run|runs|running|have|has|on|with|rely on|built on|stack|setup|"
                    r"already|currently|today|adopted)(?![a-z])")  # fmt: skip
_CONSIDER = re.compile(r"(?<![a-z])(?:"
                       # "thinking of replacing it with Feast or Tecton": the tools after "with" are weighed (before
                       # "thinking of" and "considering", which would end the match sooner)
                       r"(?:thinking|planning|considering|want|wants|wanting|would like|hoping|looking) "
                       r"(?:of |about |to )?(?:replac\w*|swap\w*|switch\w*) (?:it|them|this|that|\w+) (?:with|for|to)\s"
                       r"(?:[\w.&+-]+(?: or| and|,) )*|"  # ("… with Feast or Tecton": each of them)
                       r"consider\w*|evaluat(?!es\b)\w*|looking (?:at|into)|eye?ing|checking out|"
                       # "someone is pushing us to move serving out to SageMaker", "a colleague suggested Modal"
                       r"(?:is|are|keeps?) pushing (?:us|me|the team|for us) (?:to|for)|"
                       r"(?:suggest|suggests|suggested|suggesting|propose|proposes|proposed|proposing)|"
                       r"thinking(?: about| of)?|"
                       r"weigh(?:ing)?|also looked at|(?:decid\w*|choos\w*|chose|torn|pick\w*|stuck) between|"
                       r"on the fence|undecided|compar\w*|vs\.?|"
                       r"versus|should we|hear\w* (?:of|about)|heard|read\w* (?:about|up on)|"
                       r"such as(?! (?:it|they) (?:is|are))|e\.g\.|"  # not "our platform, such as it is: …"
                       r"for example|"
                       r"or maybe|trial\w*|plan(?:s|ning|ned)? to|intend\w* to|hop(?:e|ing) to|(?:first|next) step|"
                       # "tempted by Pinecone serverless", "want to try Llama on RunPod", "to know if DSPy is worth it"
                       r"tempt(?:ed|ing) (?:by|to)|(?:want|wants|wanted|'d like|would like) to (?:try|test)(?: out)?|"
                       r"(?:know|see|find out|decide|tell) (?:if|whether)|"
                       # "shortlist is MLflow vs W&B", "we keep talking about DVC", "MLflow is the obvious first bet"
                       r"shortlist\w*|keep (?:talking|going on) about|"
                       # "prototyping Dagster now", "a friend says Modal would …"
                       r"prototyping(?: with)?(?=\s*$)|piloting|"
                       # "spent the sprint spiking Kubeflow", "we have a list (KServe, BentoML, Ray Serve)"
                       r"spik(?:ing|ed)|(?:have|got) a (?:short ?)?list|"
                       # "did a spike on Kubeflow", "doing a deep dive on MLflow before committing", "I keep wondering
                       # whether Kubeflow makes sense"
                       r"(?:a|the) spike (?:on|into|with)|(?:a|the) deep[ -]dive (?:on|into)|"
                       r"survey(?:ed|ing)|reviewing|pitch(?:ed|ing)(?: (?:us|me|the team))?|"
                       # "also poking at Helicone", "we might pilot Dagster in Q3", "might rent something on vast.ai"
                       r"pok(?:e|es|ing) (?:at|around)|(?:might|may|could|will|to|'ll) pilot|"
                       r"(?:might|may|could) (?:try|rent|go with|switch to|buy|adopt|test)|"
                       # others' use asked about: "anyone running Feast with BigQuery?", "has anyone used Hamilton"
                       r"anyone (?:here |actually )?(?:running|using|use|used|tried|run)|"
                       # (not of one they run: "wondering if we should stop hand-rolling Airflow")
                       r"wonder(?:ing|ed)? (?:whether|if|about)(?!(?: we| i)?(?: should| could)? (?:stop|drop|ditch|"
                       r"replace|keep|leave|get rid|move off|migrate off))|"
                       r"(?:friend|colleague|coworker|co-worker|someone|somebody|people|folks|everyone|boss|manager)s?"
                       r"(?: else)? (?:says?|said|suggest\w*|recommend\w*|swears? by|keeps? saying|mention\w*|"
                       r"brought up|floated)|"
                       # a tool not yet switched on: "we're on databricks but haven't switched on unity catalog yet"
                       r"(?:haven't|have not|hasn't|has not|not yet) (?:\w+ )?(?:switched on|turned on|enabled|set up|"
                       r"rolled out|adopted|installed|deployed)\s|"
                       # "we've talked about sglang for the structured output stuff"
                       r"(?:we've|we have|we|i've|i have) (?:\w+ )?talked about|"
                       # a move for another day: "maybe later we point it at vllm on our own box"
                       r"(?:maybe|perhaps|possibly) (?:later|someday|some day|one day|eventually|next year)|"
                       r"(?:was|were) (?:going|about) to (?:use|try|adopt|go with|buy|pick|switch to|move to)|"
                       r"love to|"
                       r"should (?:really |probably |definitely )?(?:be|start|switch|move)|"
                       # a plan or a wish, not what runs: "the plan is ClearML", "the whiteboard plan is self-managed
                       # Spark", "I'd rather everything went to an MLflow server", "the infra folks told us to start
                       # with Kubeflow", "before I bolt on Prometheus", "we're moving MLflow over to Databricks",
                       # "told to convert all of it to Vertex AI pipelines", "we looked at Kubeflow and at SageMaker"
                       r"plan (?:is|was)(?: to)?|(?:i'd|we'd|i would|we would) rather|"
                       r"told (?:us |me |them )?to (?:use|try|start with|go with|adopt|look at|switch to|move to)|"
                       r"before (?:i|we) (?:bolt on|add|adopt|set up|wire up|bring in|stand up|roll out)|"
                       r"(?<!through )(?<!of )(?:moving|migrating|switching|porting) (?!off |from |away )"
                       r"(?:[\w.&-]+ ){1,3}(?:over )?(?:to|onto)|convert\w* (?:[\w-]+ ){0,4}(?:to|into)|"
                       r"looked (?:at|into)(?! (?:self-?hosting|hosting|running|deploying|upgrading))|"
                       # advice quoted ("everyone says 'just use Docker'"), options listed ("Options: buy Databricks or
                       # Domino")
                       r"['\"‘“]just(?= (?:use|put|move|run|go|buy))|options?:|"
                       # not a simile before a list: "our stack grew like a comet tail: MLflow, …"
                       r"like(?!\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s*:))(?![a-z])")  # fmt: skip


#: Said right after a tool: it is theirs ("GitLab is what we use", "Azure ML, which we already pay for", "code is in
#: git already").
_OURS_AFTER = re.compile(r"[\w .-]{0,20}?(?:\s+(?:is|are) (?:what|all) (?:we|i) (?:use|have|run|got|pay for)\b|"
                         r",? which (?:we|i) (?:already )?(?:use|have|run|pay for)\b|"
                         # "code is in git already.", "mlflow already there"
                         r"\s+already(?: there| in place| set up| in use)?\s*(?:[.,;!?)]|$))", re.IGNORECASE)
#: A tool named as theirs right before it: "our", "my", "whose" (also in a question: "any hope for a team whose
#: SageMaker bill tripled?", "should we replace our Airflow?").
#: ("How do I launch a sweep on our university SLURM cluster?": the place the tool serves them said between)
_OURS_BEFORE = re.compile(r"(?<![a-z])(?:our|my|whose)\s+(?:(?:own|local|internal|self-hosted|current|existing|"
                          r"university|uni|campus|department(?:al)?|institute|lab|school|company|team|group|shared)"
                          r"\s+)?$")
#: A question whether what they have counts as something: "does a scheduled airflow DAG count as automated?", "does a
#: jupyter notebook and a cron job count as a stack?": theirs, asked about.
_DOES_IT_COUNT = re.compile(r"\s*(?:\w+[,:]\s+)?(?:does|do|would)\s+(?:a|an|our|my|the|having|using|running)?\b")
_COUNTS = re.compile(r"(?<![a-z])counts?(?: as\b|\s*\?)", re.IGNORECASE)
#: A clause that asks ("is MLflow any good", "what should we use"), not one that states ("what I have: MLflow",
#: "what's actually in use: Airflow, MLflow").
_QUESTION = re.compile(r"\s*(?:(?:is|are|does|do|should|would|could|can|anyone|has anyone)\b|(?:what|how|which|why)\b"
                       # "what we pay for today: W&B, Pinecone", "what the CV team touches: …": a list's heading
                       r"(?! (?:i|we|they) (?:have|use|run|got)\b)"
                       r"(?!(?<=what) (?:i|we|they|our team|the [\w-]+ team)\b[\w' &-]{0,30}:)"
                       r"(?!(?:'s| is) (?:actually |really )?(?:in use|running|deployed|live)\s*:))")  # fmt: skip
#: "I want to say", "we need to mention": a wish to speak, not a wish for a tool.
_SPEECH = re.compile(r" to (?:say|ask|know|mention|share|add|note|vent|complain|point out|rant|flag|explain)\b")
#: Given up on every tool of a list just tried: "we tried W&B, Neptune and Comet and dropped them all".
_ABANDONED_ALL = re.compile(r"(?<![a-z])(?:dropped|ditched|abandoned|gave up on|dumped|uninstalled) (?:them|both|all|"
                            r"all of them|every one|each of them)(?![a-z])", re.IGNORECASE)
#: Right before a tool, the kind of it they want, in a clause that says nothing of using one: "hosted Jupyter for the
#: team", "a shared Jupyter with GPUs", "a place to run Jupyter".
_WISHED_KIND = re.compile(r"(?:^\s*|(?<![a-z-])(?:a|an) )(?:hosted|shared|managed|central|proper|self-?serv(?:e|ice)|"
                          r"multi-?user)\s+$|(?<![a-z])(?:a place|somewhere) to run\s+$")
#: Words that say a tool is theirs though no usage word does: "we operate a shared JupyterHub", "we pay for".
_THEIRS_ANYWAY = re.compile(r"(?<![a-z])(?:operat\w+|pay|paying|paid|maintain\w*|host|hosting)(?![a-z])")
#: After a tool tried, another taken instead: "…, and switched to llama.cpp".
_SWITCHED_AWAY = re.compile(r"(?<![a-z])(?:switched|moved|went) (?:over )?to\s*$")
_TRIED = re.compile(r"(?<![a-z])(?:tried|trialled|trialed|tested|played with)(?![a-z])")
#: Looked at in the past: "we looked at Kubeflow two years ago".
_LOOKED = re.compile(r"(?<![a-z])(?:looked (?:at|into)|evaluated|assessed|demoed|pocd?|poc'd|piloted)(?![a-z])")
#: What was found wrong with a tool tried or looked at: "didn't like the pricing", "was too heavy", "was painful".
_DISLIKED = re.compile(r"(?<![a-z])(?:didn't|did not|never) (?:like|love|enjoy|scale|fit|work)|"
                       # "tried CVAT but server was crashing"
                       r"(?:was|were|kept) (?:always |constantly )?(?:crashing|breaking|failing|dying|falling over)|"
                       r"(?:was|were) (?:\w+ )?"
                       r"(?:too (?:heavy|complex|complicated|expensive|much|slow|big)|painful|a pain|a nightmare|"
                       r"overkill|clunky|unusable)|too (?:heavy|complex|much) (?:for us|to (?:run|operate|maintain))")
#: The sentence after a question about a tool, saying it is theirs: "? we've been using it for 3 years", "? we run it".
_USING_IT = re.compile(r"\s*(?:(?:we|i)(?:'ve| have)? (?:been )?(?:using|running|used|run|use|on)|"
                       r"(?:we're|we are|i'm|i am) (?:using|running|on)) it\b", re.IGNORECASE)
#: Said right after a tool, found too dear or too much in the past: "Databricks was way too $$$ for us".
_PRICED_OUT = re.compile(r"[\w .&+-]{1,40}?\s(?:(?:was|were) (?:way |far |much |just |simply )?too (?:expensive|pricey|"
                         r"costly|\$+|heavy|complex|much)(?![a-z])|"
                         # "Helicone or LangSmith per-token pricing is $$$ for us"
                         r"(?:pricing|price|prices|cost|costs) (?:is|are|was|were) (?:way |far |just )?(?:too [\w$]+|"
                         r"\$\$+|insane|crazy|prohibitive))")
#: Said after a tool: ruled out by someone, or found too dear ("LangSmith's per-seat pricing already got vetoed", "W&B
#: quoted more per year than our compute", "Databricks is not in the budget"), only trialled ("a Databricks trial
#: someone started"), or named as the likely next step ("self-hosted MLflow looks like the obvious landing spot").
_RULED_OUT_AFTER = re.compile(r"[^.;!?\n]{0,40}?\b(?:(?:got|was|were|has been|have been) (?:\w+ )?(?:vetoed|rejected|"
                              r"ruled out|turned down|blocked|nixed)|quoted (?:us )?(?:more|too much|over|\$)|"
                              r"(?:isn't|is not|aren't|are not) in (?:the |our )?budget|"
                              r"(?:trial|poc|pilot|demo) (?:someone|somebody|we|they|i) (?:started|ran|did|set up)|"
                              # "SageMaker is blocked by security", "Kedro was dropped last year", "ZenML and Kedro
                              # came up", "MLflow seems like the default answer", "Azure ML seems obvious"
                              # (not a technical block: "DVC with a gdrive remote is blocked by google auth again")
                              r"(?:is|are) (?:\w+ )?(?:blocked|banned|not approved|vetoed)(?! by (?:\w+ )?(?:auth\w*|"
                              r"oauth|login|sign-?in|rate[- ]limits?|quotas?|firewalls?|prox(?:y|ies)|captchas?|"
                              r"tokens?))|"
                              r"(?:was|were|got|has been|have been) (?:\w+ )?(?:dropped|ditched|abandoned|removed|"
                              r"retired|decommissioned|phased out|ripped out|switched off|turned off|shut down)|"
                              r"(?:came|come|comes|keeps? coming) up|(?:was|were|is|are) (?:\w+ )?on (?:the|our|a|my) "
                              r"short ?list|(?:was|were|got|gets|is|are) (?:\w+ )?"
                              r"(?:suggested|recommended|pitched)|"
                              r"seems? (?:like )?(?:the |a |an )?(?:obvious|default|natural|standard|safe|best)\b|"
                              # "W&B is 'in progress'", "self-hosted CVAT is on the table": not theirs yet
                              r"(?:is|are) (?:still )?['\"‘“]?(?:in progress|a work in progress|on the table)|"
                              # "H2O Driverless AI, which we're not renewing"
                              r"(?:which|that) (?:we're|we are|we'll|we will) (?:not renewing|dropping|leaving|"
                              r"getting rid of|phasing out|sunsetting|moving off|retiring)|"
                              r"looks? like (?:the |a |an )?(?:obvious |natural |likely |best |safe )?"
                              r"(?:landing spot|choice|candidate|bet|fit|successor|replacement))(?![a-z])",
                              re.IGNORECASE)
#: Right after a tool, what they have read of it: "Langfuse seems to have unlimited users", "X appears to support SSO".
_READ_OF = re.compile(r"[\w.&+-]+(?: [\w.&+-]+)?\s(?:seems|appears) to (?:have|offer|support|include|charge)\b",
                      re.IGNORECASE)
#: Said after a tool: its price rules it out ("W&B has the nicer UI but per-seat pricing doesn't math for us").
_DOES_NOT_PAY = re.compile(r"[^.;!?\n]{0,60}?\b(?:pricing|price|prices|per-seat|seats?|costs?|licen[sc](?:e|ing))\b"
                           r"[^.;!?\n]{0,20}?(?:(?:doesn't|does not|don't|do not|didn't|won't|can't) (?:math|add up|"
                           r"work|scale|fly|pencil out)|stops? making sense|makes? no sense)(?![a-z])", re.IGNORECASE)
#: A verdict on a tool tried: "No thanks.", "not for us", "hard pass".
_NO_THANKS = re.compile(r"(?<![a-z])(?:no thanks|no thank you|hard pass|not for us|never again)(?![a-z])",
                        re.IGNORECASE)


#: Right after a wish or a weighing, a move they weigh: "considering moving training to …", "want to switch to".
_A_MOVE = re.compile(r"\s*(?:to )?(?:mov(?:e|ing)|switch(?:ing)?|migrat(?:e|ing)|port(?:ing)?|go(?:ing)?)"
                     r"(?: [\w-]+){0,3} (?:out )?(?:to|onto|into)(?![a-z])")
#: Where they began ("we started on Colab Pro", "started with TensorBoard"), and a move on from it said after.
_STARTED_ON = re.compile(r"(?<![a-z])(?:started|began|begun|starting) (?:out )?(?:on|with|in)\s+(?:\S+\s+){0,2}$")
_MOVED_ON = re.compile(r"(?<![a-z])(?:then )?(?:moved|switched|migrated|went|graduated) (?:over )?(?:on )?to(?![a-z])")
#: Another team's tools: "GenAI teams in another department are spinning up with LangChain", unless the clause comes
#: back to the writer's team (_WE).
_OTHER_TEAMS = re.compile(r"(?<![a-z])(?:(?:teams?|folks|people|groups?) (?:in|from) (?:another|other) "
                          r"(?:departments?|orgs?|divisions?|business units?)|"
                          r"(?:another|other) (?:departments?|teams?) (?:are|is|use|uses|run|runs|have|has))(?![a-z])")
_WE = re.compile(r"(?<![a-z])(?:we|our|us|i|my)(?![a-z])")
#: Said after a tool, that it is not theirs: "we don't touch it", "not ours".
_NOT_OURS = re.compile(r"(?<![a-z])(?:we|i) (?:don't|do not|never) (?:\w+ )?(?:touch|use) (?:it|them)(?![a-z])|"
                       r"(?<![a-z])not ours(?![a-z])", re.IGNORECASE)
#: A sentence that opens with what they did: "we spent months fighting it and ripped it out" (not "Ray Tune was too
#: much, we dropped it", of another tool).
_WE_DID = re.compile(r"\s*(?:(?:and|so|then|but|eventually|finally),? )?(?:we|i)\b", re.IGNORECASE)
#: A word that names something, as a capitalised word not at the sentence's start ("we dropped Kubeflow and moved
#: to Metaflow"), but not a short acronym such as a cloud's service ("we fought it on AKS").
_A_NAME = re.compile(r"(?<=\s)(?!I\b)(?![A-Z0-9]{2,4}\b)[A-Z][\w.&+-]*")
#: A tool done away with, said of it by a pronoun: "ripped it out", "so we dropped it", "had to move off it".
_GONE_PRONOUN = (r"(?:ripped|tore|torn|pulled|took|taken) (?:it|them) out|got rid of (?:it|them)|"
                 r"(?:dropped|ditched|killed|shelved|parked|abandoned|retired|decommissioned|uninstalled) (?:it|them)|"
                 r"(?:switched|turned) (?:it|them) off|shut (?:it|them) down|gave up on (?:it|them)|"
                 r"stopped using (?:it|them)|(?:had to )?mov(?:e|ed|ing) off (?:of )?(?:it|them)")
#: In the sentence after a tool, that it went: "… and ripped it out last spring", "so we dropped it".
_GONE_IT = re.compile(r"(?<![a-z])(?:" + _GONE_PRONOUN + r")(?![a-z])", re.IGNORECASE)
#: Only known of: "I know Optuna exists", "Ray is out there".
_EXISTS = re.compile(r"[\w .&+-]{1,40}?\s(?:exists|is out there|is a thing)(?![a-z])")
# ("gave up on kubeflow" after another name is of kubeflow: "we use MLflow, gave up on kubeflow")
#: What happened to a plan that will not go ahead: "cancelled", "scrapped", "called off".
_CALLED_OFF_WORDS = r"(?:cancell?ed|scrapped|called off)"
_ABANDONED = re.compile(r"(?<![a-z])(?:(?:gave|giving|give) up(?! on (?!(?:it|them|that|this)(?![a-z])))|abandoned|"
                        + _GONE_PRONOUN + r"|didn't (?:work|stick)|(?:but )?it died|"
                        r"never stuck|hated it|moved on|(?:nobody|no one) (?:kept|keeps) using|fell out of use|"
                        # "we tried Kubeflow last year and backed out after two months"
                        r"backed (?:out|off)|bailed|walked away|pulled the plug|rolled (?:it |them )?back|"
                        # "Aim … kept corrupting its repo, so we stopped", "tried ZenML for a quarter and shelved it",
                        # "trialled but didn't buy", "got fed up, moved to Vertex", "Union.ai approached us"
                        r"(?:we|i) stopped(?= *(?:using (?:it|them))?\s*$)|shelved|(?:didn't|did not|never) buy|"
                        r"got fed up|(?:approached|pitched) us|"
                        # "so we went back", "glanced at CVAT but didn't go further", "it's been switched off"
                        r"(?:went|switched|moved|reverted|gone) back(?! to (?:it|them|using)\b)|"
                        r"(?:didn't|did not|never) (?:go|went) (?:any )?further|(?:didn't|did not|never) pursue|"
                        r"(?:it's|it is|it has|it was|it got|they've|they were|they got) (?:been )?(?:switched|turned|"
                        r"shut) (?:off|down)|"
                        # "it's decommissioned now", "but that's long gone", "the server died with the old VM and we
                        # never brought it back", "liked it, didn't adopt", "the Vertex migration got cancelled"
                        r"decommissioned|long gone|(?:that's|that is|it's|it is) gone|never brought (?:it|them) back|"
                        r"(?:server|instance|deployment|setup) died|(?:didn't|did not|never) adopt(?:ed)?|"
                        # "Pinecone was only a two-week trial", "Kubeflow was a trial that we dropped", "looked fine on
                        # paper but we never set it up"
                        r"(?:was|were) (?:only |just )?(?:a|an) (?:[\w-]+ ){0,2}(?:trial|pilot|poc|experiment)s?\b(?! "
                        r"(?:that|which) (?:we )?(?:kept|stuck|stayed|became|turned into|went))|"
                        r"(?:never|didn't|did not) (?:set|sets|get|got) (?:it|them) up|"
                        # (not "a trial that never got cancelled")
                        r"(?<!never )(?<!not )(?<!n't )(?:got|was|were|been) " + _CALLED_OFF_WORDS + r")(?![a-z])",
                        re.IGNORECASE)  # fmt: skip


class NotUnderstood(ValueError):
    """The reply does not fit the question; the message says what would."""


@dataclass(frozen=True)
class Reading:
    """What one message says: facts, what it says is not so, and tool names it does not know."""

    facts: dict[str, Any] = field(default_factory=dict)
    dropped: dict[str, tuple[str, ...]] = field(default_factory=dict)  # list field -> values to remove
    unknown_tools: tuple[str, ...] = ()
    correcting: bool = False  # "actually …", "no, …": the message corrects an earlier answer
    left_out: tuple[str, ...] = ()  # tools named after "remove", "drop", "leave out": said of the picks
    beside: tuple[str, ...] = ()  # one-answer fields said as an addition: "we also have a small AWS account"
    instead_of: tuple[str, ...] = ()  # tools they want to move from: "an alternative to W&B", "moving off Airflow"
    #: monitoring asked for in words that name no model of their own ("what about monitoring?"): for a team whose
    #: only work is LLM apps, watching the app (LLM observability)
    plain_monitoring: bool = False
    #: governance asked for as guardrails on an LLM app's traffic ("guardrails against prompt injection and PII
    #: leaks"), not oversight of models: what the governance need is about
    guards_app: bool = False

    def __bool__(self) -> bool:
        return bool(self.facts or self.dropped or self.unknown_tools)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    value: Any


class _Text:
    """A message prepared for reading: lower case, with its clause boundaries."""

    def __init__(self, raw: str) -> None:
        self.raw = clipped(raw)
        self.low = lx.normal(self.raw)
        self.breaks = [0, *(m.end() for m in lx.CLAUSE_BREAK.finditer(self.low)), len(self.low)]
        self._hits: dict[int, tuple[dict[Any, tuple[str, ...]], list[_Hit]]] = {}

    def hits(self, table: dict[Any, tuple[str, ...]]) -> list[_Hit]:
        """The table's phrases in this text (the pains and the jobs are asked for by several readers, so
        each table's are found once; the table is kept with them, so its id cannot be another's)."""
        found = self._hits.get(id(table))
        if found is None or found[0] is not table:
            found = self._hits[id(table)] = (table, [_Hit(*hit) for hit in lx.phrase_hits(self.low, table)])
        return list(found[1])

    def clause_start(self, pos: int) -> int:
        return max(b for b in self.breaks if b <= pos)

    def clause_end(self, pos: int) -> int:
        return min(b for b in self.breaks if b > pos) if pos < len(self.low) else pos

    def before(self, hit: _Hit) -> str:
        return self.low[self.clause_start(hit.start) : hit.start]

    def after(self, hit: _Hit) -> str:
        return self.low[hit.end : self.clause_end(hit.end)]

    def unsure(self, hit: _Hit) -> bool:
        return lx.UNSURE.search(" ".join(self.before(hit).split()[-5:])) is not None

    def not_so(self, hit: _Hit) -> bool:
        """Is the hit said after a hypothetical in its sentence, or of somewhere else (`_not_here`)?"""
        return _not_here(_clause_before(self.low[: hit.start]))

    def negated(self, hit: _Hit, *, others: Sequence[_Hit] = ()) -> bool:
        """Is the hit said in the negative? A "no" that belongs to another hit of the same kind before it
        ("no monitoring in production and data quality problems") does not reach past that hit."""
        if _NOT_KNOWING.match(self.low, hit.start):
            # a pain said in the negative itself ("no idea whether its answers are right") is not undone by a
            # negation before it: "can't see costs, and have no idea whether its answers are right"
            return lx.NEGATED_AFTER.match(self.after(hit)) is not None
        words = self.before(hit).split(": ")[-1].split()[-7:]  # "nothing fancy: a model retrained by hand"
        window = " ".join(words)
        cues = list(lx.NEGATION.finditer(window))
        if cues:
            rest = window[cues[-1].end() :].split()
            while rest and rest[0] in lx.NEGATED_VERBS:  # "not allowed to run k8s": the verbs belong to the negation
                rest = rest[1:]
            before = self.before(hit)  # where the cue is in the whole text (its last occurrence before the hit)
            cue = hit.start - len(before) + before.rfind(cues[-1].group(0))
            owned = any(o is not hit and o.end <= hit.start and o.start <= cue < o.end for o in others)
            # a new clause that asks for something ends the negation: "no k8s, need evals in CI"
            # (or says what it is instead: "no LLMs, it's tabular churn models")
            asks = any(first.endswith(",") and (then in _ASKS or then in _IT_IS)
                       for first, then in zip(rest, rest[1:], strict=False))
            # so does a new clause with its own subject and verb: "no kubernetes, models retrained weekly by Airflow"
            said = self.low[hit.start : hit.end].split()
            clause = bool(rest) and rest[-1] in _SUBJECTS and any(w.endswith(",") for w in rest[:-1]) \
                and bool(said) and (said[0].endswith("ed") or said[0] in _VERBS)
            # and so does a phrase that is a clause itself, after a comma: "no k8s, deployments are painful"
            clause = clause or any(w.endswith(",") for w in rest) and any(w in _STATED for w in said[1:])
            # a place they do not run, and a comma: "no kubernetes, tabular churn models" denies only Kubernetes; and
            # a "no," is an answer ("k8s: no, tabular models"), which denies nothing after it
            elsewhere = not isinstance(hit.value, (bool, Cloud)) and _NOT_THERE.fullmatch(" ".join(rest)) is not None \
                or rest[:1] == [","]
            if not owned and not asks and not clause and not elsewhere \
                    and not any(w.strip(",") in _RESETS for w in rest):
                return True
        return lx.NEGATED_AFTER.match(self.after(hit)) is not None


_RESETS = lx.RESETS
#: What follows a "no" when it is said of where they run, up to a comma ("no kubernetes,", "no cloud,"): the
#: negation ends there, whatever of another kind comes next.
_NOT_THERE = re.compile(r"(?:(?:" + "|".join(lx.KUBERNETES_YES) + r"|(?:public )?clouds?|gpus?)\s?(?:\w+\s?)?),.*")
#: A pain said as not knowing or not being able ("no idea whether…", "couldn't rebuild…"): negative in its own words.
_NOT_KNOWING = re.compile(r"(?:no (?:idea|clue|way to)|can't|cannot|can not|couldn't|could not|unable to|"
                          r"(?:don't|do not|didn't|did not) (?:really )?know|(?:nobody|no one) (?:knows|can))\b")
#: The subject of a new clause after a comma, and its verb: "…, models retrained weekly", "…, training runs nightly".
_SUBJECTS = frozenset({"models", "model", "training", "retraining", "retrains", "deploys", "deployments", "jobs"})
_VERBS = frozenset({"is", "are", "runs", "run", "gets", "get", "goes", "go", "retrain", "retrains", "ship", "ships"})
#: Verbs inside a phrase that make it a clause of its own ("deployments are painful", "retraining takes forever").
_STATED = frozenset({"is", "are", "was", "were", "take", "takes", "took", "hurt", "hurts", "suck", "sucks", "keep",
                     "keeps", "break", "breaks"})
#: Words that open a clause asking for something, after a comma.
_ASKS = frozenset({"need", "needs", "want", "wants", "looking", "hoping", "would"})
#: Words that open a clause saying what it is instead, after a comma ("no LLMs, it's tabular churn models").
_IT_IS = frozenset({"it's", "its", "this", "that's", "it", "these"})


# -- fields --------------------------------------------------------------------------------------


def _first(hits: list[_Hit], text: _Text) -> Any:
    """The first value said and not denied; a negation ends at a comma ("no cloud, free only": free only)."""
    for hit in hits:
        if not _denied(text, hit):
            return hit.value
    return None


def _persona(text: _Text, extras: dict[Any, tuple[str, ...]], *, answering: bool) -> Any:
    """The writer's own role: what they call themselves, never the colleagues they count or mention."""
    strong = [h for h in text.hits(_table(lx.PERSONA, extras)) if not text.negated(h) and not _sought_role(text, h)]
    weak = [h for h in text.hits(lx.PERSONA_SELF_ONLY) if not text.negated(h) and not _sought_role(text, h)]
    hits = sorted(strong + weak, key=lambda h: h.start)
    ranked: list[tuple[int, int, Any]] = []
    for hit in hits:
        if lx.ROLE_LEFT_BEHIND.match(text.low[hit.end :]):
            continue  # "quant-turned-MLE": the role they have now comes after
        anchor = _role_anchor(text, hit, hits)
        if text.low.startswith(":", hit.end) and hit in weak and not _said_of_self(text, anchor):
            continue  # "Infra: 2 DGX boxes", "Platform: GKE": a key of a pasted form, not a role
        # "3 analysts turned DS (me included)": said of the writer where the chain starts, or right after the role
        if _said_of_self(text, anchor) or _self_after(text, hit) \
                or _introduces(text, anchor, hit, weak=hit in weak):
            ranked.append((0, hit.start, hit.value))
        elif answering or (hit in strong and not _of_others(text, hit)):
            ranked.append((1, hit.start, hit.value))
    if not ranked:
        return _team_role(text, strong)
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


#: Right before a role, that it is sought, not held: "interviewing for MLE jobs", "we're hiring an ML engineer".
_SOUGHT = re.compile(r"(?<![a-z])(?:(?:interview\w*|apply\w*|job[- ]hunting|looking|searching) (?:for|as)|"
                     r"(?:hiring|recruit\w*)(?: for)?) (?:an? |the |some |more |two |three |our first )?$")


def _sought_role(text: _Text, hit: _Hit) -> bool:
    return _SOUGHT.search(text.before(hit)) is not None


def _team_role(text: _Text, hits: list[_Hit]) -> Any:
    """With no role said of the writer: the role of a group they say they are in ("I'm on a 5-person
    DevOps team", "our data platform team (I'm one of 6)"). Colleagues they only count ("7 MLEs") or
    serve are not the writer's role."""
    groups = {h.value for h in hits if lx.GROUP.search(text.low[h.start : h.end]) and _member(text, h)}
    return next(iter(groups)) if len(groups) == 1 else None


def _role_anchor(text: _Text, hit: _Hit, hits: list[_Hit]) -> _Hit:
    """Where a chain of roles starts ("product manager-turned-team lead" is said where it starts)."""
    for other in hits:
        if other.end <= hit.start and lx.ROLE_LEFT_BEHIND.fullmatch(text.low[other.end : hit.start]):
            return _role_anchor(text, other, hits)
    return hit


#: "two of us, both backend devs": the writer counted among them, then their role.
#: "we're a 2-person startup, both founders": the same, with the group named.
_ALL_OF_US = re.compile(r"(?:of us|startup|team|company|shop|lab),? (?:both|all|each)\s+(?:[\w-]+\s+)?$")


#: The writer, then their role in brackets: "me (DS) and a part-time MLE".
_ME_BRACKET = re.compile(r"(?<![a-z])me \($")


def _said_of_self(text: _Text, hit: _Hit) -> bool:
    return _said_of_me(text, hit) or _said_of_us(text, hit)


def _said_of_me(text: _Text, hit: _Hit) -> bool:
    """The role said of the writer alone: "I'm a …", "me (DS)", "me + 2 other MLEs", "… here" (not a role in the
    plural, "here", then what they do: "the researchers here keep saying …" are the people of the place)."""
    before = text.low[max(0, hit.start - 40) : hit.start]
    return bool(lx.SELF.search(before) or _ME_BRACKET.search(before) or lx.OTHERS_LIKE_ME.search(before)
                or _self_after(text, hit) or _me_apposed(text, hit))  # fmt: skip


#: The writer, then their role after a comma: "7 PhD students and me, the postdoc"; the role ends the sentence or is
#: followed by what the writer says next ("me, the team lead, on GCP"), not by more members ("me, the PI and 3
#: students": a list).
_ME_COMMA = re.compile(r"(?<![a-z])me, (?:the|an?) $")
_APPOSITION_END = re.compile(r"\s*(?:[.;:!?)]|$|,\s*(?!and\b|plus\b|\d|(?:an?|one|two|three|four|five|the|my|our)\s))")


def _me_apposed(text: _Text, hit: _Hit) -> bool:
    return (_ME_COMMA.search(text.low, max(0, hit.start - 10), hit.start) is not None
            and _APPOSITION_END.match(text.low, hit.end) is not None)


def _self_after(text: _Text, hit: _Hit) -> bool:
    """Said of the writer right after the role ("… here", "(me)", "… of us"); not a role in the plural, "here", then
    what they do ("the researchers here keep saying …": the people of the place)."""
    after = text.low[hit.end :]
    return lx.SELF_AFTER.match(after) is not None and not (_plural(text, hit) and _HERE_DOING.match(after))


#: "here", then more of the sentence: "the researchers here keep saying", not "Four MLEs here." nor "DS here, we …".
_HERE_DOING = re.compile(r"\s+here\s+(?![.,;:!?)\-–—]|$)")


def _said_of_us(text: _Text, hit: _Hit) -> bool:
    """The role said of a group the writer counts themself in: "we're 6 devs", "two of us, both backend devs"."""
    before = text.low[max(0, hit.start - 40) : hit.start]
    return bool(lx.WE_ARE.search(before) or _ALL_OF_US.search(before))


def _role_of_the_team(text: _Text, role: Any) -> bool:
    """Is the role said only of a group the writer counts themself in ("we're 6 devs"), never of the writer alone
    ("I'm a …", "… here", "me (DS)")? A role told so does not replace one they gave of themself before."""
    said = [h for table in (lx.PERSONA, lx.PERSONA_SELF_ONLY) for h in text.hits(table) if h.value == role]
    return bool(said) and all(_said_of_us(text, h) and not _said_of_me(text, h) for h in said)


#: A sentence that opens with the writer's role after something else was said: "… . Solo DS at a retailer."
_SENTENCE_OPENS = re.compile(r"[.!?]\s+(?:(?:just|only|simply|merely)\s+an?\s+)?"
                             r"(?:(?:solo|lone|sole|freelance|independent|junior|senior|staff)\s+)?$")  # "… Just a DS"


#: A message or sentence that opens with one or two words naming what a role is of, before the role itself
#: ("restaurant manager, not technical", "legal ops lead at a mid-size company", "city CIO."): not a possessive or a
#: pronoun ("my manager, …", "the lead, …": someone else), not someone new or gone ("new lead at the helm wants …"),
#: and not a product's or a property's manager, who runs no team of theirs. (Used for a manager's or a lead's words
#: only, the case measured on the development corpora; the other roles' bare words, "dev", "ops", "ml", still need the
#: writer's own "I'm a …" or a bare opening.)
_QUALIFIED_OPENS = re.compile(r"(?:^\s*|[.!?]\s+)(?!(?:my|our|the|their|his|her|your|its|a|an|any|no|every|each|this|"
                              r"that|these|those|we|i|they|he|she|you|it|some|one|two|three|four|five|new|former|old|"
                              r"previous|ex|interim|product|property|hiring|account)\b)"
                              r"(?:[a-z][\w/&'-]*\s+){1,2}$")


def _introduces(text: _Text, anchor: _Hit, hit: _Hit, *, weak: bool) -> bool:
    """Does the message (or one of its sentences) open with the role, as people introduce themselves ("Eng
    lead at a startup.", "… . Solo DS at a retailer, forecasting sales.", "restaurant manager, not technical")?"""
    before = text.low[: anchor.start]
    opens = lx.GREETING.fullmatch(before) or _SENTENCE_OPENS.search(before) \
        or weak and hit.value is Persona.TEAM_LEAD and _QUALIFIED_OPENS.search(before)
    if not opens or _plural(text, hit):
        return False
    follows = lx.INTRO_WEAK_AFTER if weak else lx.INTRO_AFTER
    return follows.match(text.low[hit.end :]) is not None


def _of_others(text: _Text, hit: _Hit) -> bool:
    """Colleagues counted or mentioned: "4 data scientists", "our DS team", "the platform team gives us"."""
    said = text.low[hit.start : hit.end]
    # (a group the writer says they run is theirs: "since I took over the data team")
    return _plural(text, hit) or bool(lx.OTHERS_BEFORE.search(text.before(hit))) \
        or bool(lx.OTHERS_DOING.match(text.low, hit.end)) \
        or bool(lx.GROUP.search(said)) and not said.startswith("i ")


def _plural(text: _Text, hit: _Hit) -> bool:
    said = text.low[hit.start : hit.end]
    # "4 MLEs" is the plural of "MLE"; "head of DS" is no plural of "head of D"; "I run the clusters" says what the
    # writer does, whatever the number of clusters
    return said.endswith("s") and len(said[:-1].split()[-1]) > 1 and not said.startswith(("i ", "head of ")) \
        and any(_role_word(said[:-1], table) for table in (lx.PERSONA, lx.PERSONA_SELF_ONLY))


def _role_word(word: str, table: dict[Any, tuple[str, ...]]) -> bool:
    return any(re.fullmatch(r"(?:" + "|".join(phrases) + r")", word) for phrases in table.values())


def _member(text: _Text, hit: _Hit) -> bool:
    """A named group the writer says they are in: "I'm on a 5-person DevOps team", "our data platform
    team (I'm one of 6)"; not "the platform team gives us namespaces"."""
    start, end = text.clause_start(hit.start), min(len(text.low), hit.end + 20)
    return lx.MEMBER.search(text.low[start:end]) is not None


def _cloud(text: _Text, tools: list[str], catalog: Catalog, extras: dict[Any, tuple[str, ...]]) -> Any:
    table = {c: lx.CLOUD[c] + extras.get(c, ()) for c in Cloud}
    hits = [h for h in text.hits(table) if not _denied(text, h)
            and (not (text.unsure(h) or _weighed(text, h)) or _TRIED_THERE.search(_clause_before(text.low[: h.start])))
            and not text.not_so(h) and not _CALLED_OFF.match(text.after(h)) and not _OUTSIDE.search(text.before(h))
            and not _SAID_BEFORE_BUT.match(text.low, h.end)]
    # "our own GPUs at CoreWeave", "a rented box from Vast.ai": a GPU cloud's machines, not their own data centre
    rented = [h for h in hits if h.value is Cloud.ON_PREM and _on_a_gpu_cloud(text, h, tools, catalog)]
    named = [h for h in hits if h.value is not Cloud.NONE and h not in rented]
    # "AWS, sorry, I meant GCP": a place taken back and said again; the second holds
    named = [h for i, h in enumerate(named) if i + 1 == len(named) or named[i + 1].value is h.value
             or not _TAKEN_BACK.fullmatch(text.low, h.end, named[i + 1].start)]
    if rented and not named:
        return Cloud.OTHER
    mostly = [h for h in named if _MOSTLY.search(text.before(h))]
    if len({h.value for h in named}) > 1 and lx.CLOUD_MIX.search(text.low):
        return mostly[0].value if mostly else None  # "on-prem + some AWS": hybrid, no single cloud
    if any(h.value is Cloud.ON_PREM for h in named) and _HYBRID.search(text.low) and not mostly:
        # their own machines for one part, a cloud for another: "training on two on-prem DGX boxes, some bits in the
        # cloud", "prod is on-prem, experiments on Azure", "bursting to whichever cloud has H100s": no single place
        return None
    # "their own GPU node pools on EKS", "a GPU box through a ticket … AWS": machines of theirs said beside a public
    # cloud they name are that cloud's (a data centre of their own is said as one: "on-prem", "our data centre")
    public = [h for h in named if h.value in PUBLIC_CLOUDS]
    if public and all(_MACHINES.search(text.low, h.start, h.end) for h in named if h.value is Cloud.ON_PREM):
        named = [h for h in named if h.value is not Cloud.ON_PREM]
    if named:
        return named[0].value
    if hits:
        return Cloud.NONE
    for tool_id in tools:  # SageMaker means AWS, BigQuery means Google Cloud
        clouds = catalog.get(tool_id).clouds
        if len(clouds) == 1 and tool_id not in NOT_STACK:
            return clouds[0]
    return None


#: Right after a place, that it was said earlier and is no more: "I said SageMaker earlier but we switched to Vertex".
_SAID_BEFORE_BUT = re.compile(r"\s*" + lx.SAID_BEFORE_BUT)
#: The public clouds, whose machines people also call their own.
PUBLIC_CLOUDS = (Cloud.AWS, Cloud.GCP, Cloud.AZURE)
#: Machines, not a place: "own GPUs", "a GPU box", "our nodes".
_MACHINES = re.compile(r"gpu|box|node")
#: Right before a place, that most of the work is there: "mostly on AWS".
_MOSTLY = re.compile(r"(?:mostly|mainly|primarily|largely) (?:on |in )?$")
#: Between two answers, words that take the first back: "AWS, sorry, I meant GCP", "azure. no wait, gcp".
_TAKEN_BACK = re.compile(rf"[\s,.;:!-]*(?:{lx.TAKEN_BACK_WORDS}[\s,.;:!-]*){{1,3}}")
#: Beside their own machines, another place some of the work goes: a cloud in general, or one part of the work put on
#: a named cloud ("experiments on Azure", "inference goes out to AWS"); not a wish to burst to one.
_HYBRID = re.compile(r"(?<![a-z])(?:(?:some|part|parts|bits|pieces|the rest) (?:\w+ ){0,2}(?:in|on|to) the cloud|"
                     r"whichever cloud|whatever cloud credits|"
                     r"(?:experiments?|inference|prod(?:uction)?|serving|training|"
                     r"fine-?tuning) (?:runs? |goes |go |is |are )?(?:out )?(?:on|to|in) (?:aws|azure|gcp|google cloud)"
                     r")(?![a-z])")
#: Right before where they run, a tool weighed there: "we're evaluating Kubeflow on private infrastructure" (the tool
#: is weighed, the place is theirs; not "considering moving to AWS", where the place is weighed).
_TRIED_THERE = re.compile(r"(?<![a-z])(?:evaluat\w*|testing|trialling|trialing|piloting|trying(?: out)?) "
                          r"(?!(?:moving|running|migrating|hosting|deploying|going|switching|a move)\b)"
                          r"[\w.-]+(?: [\w.-]+)? (?:on|in) (?:our |a |an |the )?(?:own )?$")
#: Right before a cloud's name, that it is where they are not: "is it usable outside Google Cloud?", "documentation
#: seems only for GCP" (not "nothing may go outside our AWS account", where the account is theirs).
_OUTSIDE = re.compile(r"(?<![a-z])(?:outside (?:of )?|(?:docs?|documentation|tutorials?|guides?|examples?) "
                      r"(?:\w+ ){0,3}(?:for|on|about) (?:the )?)$")
#: Right after a cloud's name, a move to it that will not happen: "the Vertex migration got cancelled".
_CALLED_OFF = re.compile(r"\s*(?:[\w-]+ )?(?:migration|move|switch|rollout|project|plan) (?:got|was|has been|is) "
                         r"(?:" + _CALLED_OFF_WORDS + r"|shelved|dropped)(?![a-z])")
#: Machines rented, not owned: "a rented GPU box", "we rent two servers".
_RENTED = re.compile(r"(?<![a-z])(?:rented|renting|rent|rents|leased|leasing)(?! (?:out|to)\b)(?![a-z])")


def _on_a_gpu_cloud(text: _Text, hit: _Hit, tools: list[str], catalog: Catalog) -> bool:
    """Are the machines said to be theirs ("own GPUs", "an 8-GPU box") rented from a GPU cloud they name in
    the same sentence (a hosted provider of compute: CoreWeave, Vast.ai, RunPod)?"""
    if _OWN_SITE.search(text.low[hit.start : hit.end]):
        return False  # "our own data centre, and we burst to RunPod": they do have a site of their own
    start, end = _sentence(text, hit)
    sentence = text.low[start:end]
    if _RENTED.search(sentence):
        return True  # "a single rented GPU box at Hetzner": a hosting provider's machine, not their site
    providers = [catalog.get(t) for t in tools if _rents_gpus(catalog.get(t))]
    return any(lx.normal(name).strip() in sentence for tool in providers for name in tool.names())


#: On-prem words that name a site of the team's own, not machines that could be rented ("own GPUs", "a box").
_OWN_SITE = re.compile(r"prem|data ?cent|bare|colo|hpc|slurm|air|private|openstack|racks?\b|dc\b")


def _rents_gpus(tool: Tool) -> bool:
    return tool.compute_source is ComputeSource.RENTED


def _weighed(text: _Text, hit: _Hit) -> bool:
    """Is a name only compared or considered ("Vertex AI vs. SageMaker"), not used?"""
    clause = _clause_before(text.low[: hit.start])
    if _OURS_BEFORE.search(clause):
        return False  # "wandb vs mlflow when the rule is 'no data leaves our AWS account'": theirs, whatever is weighed
    return _last(_CONSIDER, clause) > _last(_USAGE, clause)


def _clause_before(text: str) -> str:
    """The clause that runs up to the end of `text` (what is said just before a name), in lower case;
    "vs.", "e.g." and "i.e." do not end it, and an aside closed before the name is no part of it ("(Pachyderm,
    Valohai trials) we're back to basics: MLflow": the trials were of the others)."""
    text = _CLOSED_ASIDE.sub("", re.sub(r"\b(vs|e\.g|i\.e)\.", r"\1", text.lower()))
    return re.split(r"[.;!?\n]|\bbut\b", text)[-1]


_CLOSED_ASIDE = re.compile(r"\([^()]*\)")


def _not_here(clause: str) -> bool:
    """Does the clause before a name say it is not so here: a hypothetical ("if we moved to k8s next year", "if budget
    weren't a thing I'd just buy"), or somewhere else with nothing after that comes back to their own job ("at my last
    job we had a full Kubeflow setup", "my friend's startup runs it on GKE")?"""
    return lx.HYPOTHETICAL.search(clause) is not None or lx.ELSEWHERE.search(clause) is not None \
        and not lx.BACK_HERE.search(clause[_last(lx.ELSEWHERE, clause) :])


def _last(pattern: re.Pattern[str], clause: str) -> int:
    """Where the last match of the pattern in the clause ends (-1 for none)."""
    return max((m.end() for m in pattern.finditer(clause)), default=-1)


def _kubernetes(text: _Text, tools: list[str], catalog: Catalog) -> bool | None:
    if lx.phrase_pattern(lx.KUBERNETES_NO).search(text.low):
        return False
    hits = [hit for hit in text.hits({True: lx.KUBERNETES_YES})
            if not text.unsure(hit) and not _gave_up(text, hit) and not text.not_so(hit) and not _asked_of(text, hit)]
    if not hits:  # running Kubeflow or KServe means running a cluster (using W&B's SaaS does not)
        return True if any(catalog.get(t).needs_your_cluster(False) or t == "kubernetes" for t in tools) else None
    said = [not text.negated(hit) and not _NOBODY.search(_part_before(text, hit))
            for hit in hits]  # "nobody here has deployed to Kubernetes before" is no cluster of theirs
    if not said[-1] and _ABANDONED.search(text.low):
        return False  # "we fought it on AKS and ripped it out … we will not go back to Kubernetes": the last word
    if not said[-1] and all(not yes or _FUTURE.search(_part_before(text, hit)) for yes, hit in zip(said, hits,
                                                                                                  strict=True)):
        return False  # "we'll go onto kubernetes 'eventually' but right now there's no k8s at all": now, there's none
    return any(said)


#: Right before a thing, that the writer does not know what it is: "what's kubernetes lol", "never heard of k8s".
_WHAT_IS = re.compile(r"(?:^|[\s,.(])(?:what(?:'s|s| is| even is)|wtf is|never heard of|no idea what)\s+(?:a |an )?$")


#: Right before a thing, a question whether to have it: "is kubernetes overkill for …?", "should we use k8s …?", "do we
#: need kubernetes …?" (it weighs the thing, and says nothing of whether they run it).
_ASKING_OF = re.compile(r"\s*(?:(?:so|but|honestly|genuinely|seriously),? )?(?:is|isn't|isnt|"
                        r"should (?:we|i) (?:use|adopt|run|go with|move to|switch to|learn|set up|bother with)|"
                        r"do (?:we|i) (?:really |even |actually )?need|"
                        # "does bentoml need kubernetes?"
                        r"does [\w.-]+ (?:really |even |actually )?(?:need|require))\s+"
                        r"(?:a |an |running |using |adopting |learning )?")


def _asked_of(text: _Text, hit: _Hit) -> bool:
    """Is the thing asked about in a question of its own sentence ("is kubernetes overkill for a 3 person team?"), or
    asked what it is ("what's kubernetes lol")?"""
    if _WHAT_IS.search(text.before(hit)):
        return True
    start, end = _sentence(text, hit)
    return _ASKING_OF.fullmatch(text.before(hit)) is not None and text.low[start:end].rstrip().endswith("?")


#: Before a mention, that it is to come: "IT says we'll go onto", "we plan to move to", "eventually we'll adopt".
_FUTURE = re.compile(r"(?:'ll|(?<![a-z])(?:will|going to|gonna|plan(?:s|ning|ned)? to|intend\w* to|want to|eventually|"
                     r"(?:next|this) (?:year|quarter|month)|someday|one day|soon|"
                     r"(?:moving|migrating|switching|going) (?:\w+ )?(?:to|onto)))(?![a-z])")


#: A time to come, right after a kind of work: "we aim to do more CV next year", "probably LLM stuff next year": work
#: they do not do yet (not "a churn score per account next quarter", a deliverable of work they do).
_TIME_TO_COME = (r"next (?:year|quarter|month|sprint|half)|later (?:this|next) year|someday|some day|in the future|"
                 r"down the (?:road|line)")
_LATER = re.compile(r"\s*(?:stuff|work|projects?|things|use ?cases?)?\s*(?:too\s+|as well\s+|also\s+)?"
                    rf"(?:{_TIME_TO_COME})(?![a-z])")


def _later_work(text: _Text, hit: _Hit) -> bool:
    return _LATER.match(text.low, hit.end) is not None


def _gave_up(text: _Text, hit: _Hit) -> bool:
    """Tried and given up ("we tried Kubeflow last year and gave up"): not what they run."""
    return bool(re.search(r"(?<![a-z])tried\s+(?:\S+\s+)?$", text.before(hit))) and bool(
        _ABANDONED.search(text.after(hit))
    )


def _masked(text: str, mentions: list[Mention]) -> str:
    """The text with names of several words blanked ("Label Studio", "Great Expectations", "Azure DevOps"):
    their words are not pains, needs or roles."""
    return _blanked(text, [(m.start, m.end) for m in mentions if " " in text[m.start : m.end].strip()])


#: Not knowing something of the work, right before what it is about: "can't tell if a prompt change helped" is LLM
#: work all the same (a negation of the knowing, not of the work).
_UNKNOWING = re.compile(r"(?<![a-z])(?:can't|cannot|can not|couldn't|don't|do not|doesn't|does not|no) (?:\w+ )?"
                        r"(?:tell|know|see|say|idea|clue|understand)(?![a-z])[^,;]*$")


def _all(hits: list[_Hit], text: _Text, *, unknowing: bool = False) -> tuple[list[Any], list[Any]]:
    """The values said, and those said not to be theirs; `unknowing`: not knowing something about it is no negation
    of it ("can't tell if a prompt change helped")."""
    said: list[Any] = []
    unsaid: list[Any] = []
    for hit in hits:
        negated = text.negated(hit) and not (unknowing and _UNKNOWING.search(text.before(hit)))
        (unsaid if negated else said).append(hit.value)
    said = list(dict.fromkeys(said))
    return said, [v for v in dict.fromkeys(unsaid) if v not in said]


def _pain_near(text: _Text, hit: _Hit) -> bool:
    before = " ".join(text.before(hit).split(",")[-1].split()[-2:])
    after = text.after(hit)
    # "Data labeling: outsourced, slow, inconsistent": what follows a topic's colon is all said of it
    after = " ".join((after if after.lstrip().startswith(":") else after.split(",")[0]).split()[:6])
    # a pain word said not to be one: "labeling isn't the bottleneck", "labeling is not a bottleneck for us"
    said = [m.group(0) for m in lx.PAIN.finditer(after)
            if not _DENIED.search(after[: m.start()]) and not _STAYS.match(after, m.end())]
    pains = [*said, *(m.group(0) for m in lx.PAIN.finditer(before))]
    return any(p not in lx.NOT_A_PAIN_OF.get(hit.value, ()) for p in pains)


_DENIED = re.compile(r"(?<![a-z])(?:not|isn't|isnt|aren't|arent|never|no longer)(?![a-z])")
#: After "can't": a rule of where data may go ("prompts can't go to OpenAI", "logs cannot leave the VPC"), no pain.
_STAYS = re.compile(r"\s+(?:be\s+)?(?:go|leave|sent|send|shared|uploaded|exit|cross|touch)(?![a-z])")


def _frustrations(text: _Text, answering: bool) -> tuple[list[Any], list[Any]]:
    found: list[Any] = []
    dropped: list[Any] = []
    pains = [h for h in text.hits(lx.FRUSTRATION) if not _nothing_to_run(text, h)]
    for hit in pains:
        fine = lx.FINE.search(" ".join(text.after(hit).split()[:5]))
        value = _llm_quality(text, hit, pains) if hit.value is Frustration.NO_MONITORING \
            else _model_quality(text, hit) if hit.value is Frustration.LLM_QUALITY_UNKNOWN else hit.value
        (dropped if text.negated(hit, others=pains) or fine else found).append(value)
    for hit in text.hits(lx.FRUSTRATION_TOPIC):
        if hit.value in found:
            continue
        fine = lx.FINE.search(" ".join(text.after(hit).split()[:5]))
        wanted = lx.NEED_CUE.search(" ".join(text.before(hit).split()[-3:]))
        # not knowing whether an LLM app's answers got worse is that pain, not its denial ("no idea when a prompt
        # change makes answers worse")
        unknown = _UNKNOWN_WHEN.search(text.before(hit)) is not None and _quality_unknown(text, hit)
        if hit.value is Frustration.NO_MONITORING and not fine and _LACKED.search(text.before(hit)):
            found.append(hit.value)  # "no proper ranking monitoring": monitoring said to be missing is the pain
        elif fine or (text.negated(hit) and not _pain_near(text, hit) and not unknown):
            dropped.append(hit.value)
        elif answering or (_pain_near(text, hit) and not wanted) or unknown:
            found.append(hit.value)
    if Frustration.COMPUTE_ACCESS in found and Frustration.SLOW_HANDOFF in found and not _COMPUTE.search(text.low):
        found.remove(Frustration.COMPUTE_ACCESS)  # "handoff to ops: a ticket, then weeks of waiting": for a deploy
    found = list(dict.fromkeys(found))
    return found, [v for v in dict.fromkeys(dropped) if v not in found]


def _quality_unknown(text: _Text, hit: _Hit) -> bool:
    """Not knowing whether an LLM app's answers got better or worse ("no idea when a prompt change makes answers
    worse"), not not knowing what something cost or which run made a number."""
    if hit.value is not Frustration.LLM_QUALITY_UNKNOWN:
        return False
    start, end = _sentence(text, hit)
    return _QUALITY_SAID.search(text.low, start, end) is not None


_QUALITY_SAID = re.compile(r"(?<![a-z])(?:worse|better|good|bad|wrong|right|quality|hallucinat\w*|regress\w*|broke|"
                           r"breaks|thumbs[- ]down|accura\w*)(?![a-z])")


#: Not knowing when or whether something happens, right before it is told: "no idea when a prompt change makes answers
#: worse", "can't tell which model is live".
_UNKNOWN_WHEN = re.compile(r"(?<![a-z])(?:no (?:idea|clue)|no way to (?:tell|know|see)|(?:can't|cannot|couldn't) "
                           r"(?:tell|see|know)|(?:don't|do not|didn't) (?:really )?know) (?:when|whether|if|which|why|"
                           r"how|what)(?![a-z])[^,;.]*$")

#: Said to be missing right before a topic ("no proper ranking monitoring", "zero drift monitoring").
_LACKED = re.compile(r"(?<![a-z])(?:no|zero|without|lack of|lacking)(?: [\w-]+){0,2} $")


#: Words of machines to compute on: waiting without any of them, beside a slow hand-off, is waiting for a deploy.
_COMPUTE = re.compile(r"(?<![a-z])(?:gpus?|compute|clusters?|nodes?|machines?|hardware|a100s?|h100s?|cuda|slots?|"
                      r"queues?|servers?|instances?|capacity|quotas?|slurm|ram|memory)(?![a-z])")


def _needs(text: _Text, answering: bool, *, free: bool, tools: tuple[str, ...] = (), of_pains: bool = False,
           table: dict[Stage, tuple[str, ...]] = lx.STAGE) -> tuple[list[Any], list[Any]]:  # fmt: skip
    found: list[Any] = []
    dropped: list[Any] = []
    hits = text.hits(table)
    bare = free and _only_phrases(text.low, hits)
    pains = text.hits(lx.FRUSTRATION)
    last: _Hit | None = None  # the last job read as asked for
    for hit in hits:
        before = text.before(hit)
        if lx.NO_NEED.search(" ".join(before.split()[-4:])) or lx.FINE.match(text.after(hit).strip()) \
                or _NO.search(before) and _REFUSED_WHY.match(text.after(hit)):
            dropped.append(hit.value)  # (nor "no feature store, too heavy for us": refused, not lacking)
        elif _deploys_by_ci(text, hit, hits) or _named_as_pain(text, hit, pains) or _nothing_to_run(text, hit) \
                or _deploy_as_step(text, hit) or _deploy_as_moment(text, hit):
            continue
        elif (_DEFERRED_AFTER.match(text.after(hit)) or _DEFERRED_BEFORE.search(text.before(hit))) \
                and not (answering and _FIRST_THEN.search(text.before(hit)) and not _MAYBE.search(text.before(hit))):
            # "versioned data and pipelines first, serving later", "we'll circle back to deployment later": not asked
            # now (but asked which jobs they want, "tracking first, registry later" puts both in order)
            continue
        elif hit.value is Stage.CONTAINERS and _ruled_out_there(text, hit):
            continue  # "no containers on the HPC", "no container may run as root": a rule of where they run
        elif hit.value is Stage.NOTEBOOKS and any(p.start <= hit.start and hit.end <= p.end for p in pains):
            continue  # "retraining to stop being someone running notebooks every Friday": how it hurts, not a wish
        elif answering and (_done_by_theirs(text, hit, tools) or _of_a_name(text, hit, tools)):
            continue  # "we use vertex for hosting the model", "we host the model on vertex": a job a tool does;
            # "vertex pipelines", "sagemaker pipelines": the words of a product's name
        elif answering and (_as_it_is(text, hit) or _counted_compute(text, hit)):
            continue  # "CI/CD for models. right now deploys are manual": how it is done now, not a need; "just a
            # couple of GPU servers": the machines they have
        elif not answering and _automation_they_have(text, hit):
            continue  # "we retrain on a schedule", "retraining runs through Vertex pipelines on a schedule"
        elif of_pains and _said_missing(text, hit):
            continue  # "no monitoring at all", asked what hurts: the pain, not a wish beside it
        elif answering or bare or _asked_for(text, hit, hits, tools, free=free) \
                or free and _topic_asked(text, hit, hits) \
                or last is not None and _LISTED.fullmatch(text.low[last.end : hit.start]):
            # the next job of a list an ask opened: "we have nothing for LLM evals or tracing", "evals + tracing"
            found.append(_job_of(text, hit))
            last = hit
    found = list(dict.fromkeys(found))
    return found, [v for v in dict.fromkeys(dropped) if v not in found]


#: A job put off, said right after it ("serving later", "monitoring can wait") or before it ("we'll circle back to
#: deployment"): a job for another day, not one asked for now.
_DEFERRED_AFTER = re.compile(rf"\s*(?:later|(?:can|could) wait|comes? later|(?:is|are) for later|{_TIME_TO_COME})"
                             r"(?![a-z])")
_FIRST_THEN = re.compile(r"(?<![a-z])first(?![a-z])")
_MAYBE = re.compile(r"(?<![a-z])(?:maybe|perhaps|possibly|probably)\s+(?:\w+\s+){0,2}$")
_DEFERRED_BEFORE = re.compile(r"(?<![a-z])(?:circle back to|come back to|get back to|park|parking|postpone|defer)\s+"
                              r"(?:the |our |any )?$|"
                              # "eventually I'd like model deploys to go through CI", "we'll 'eventually' want a
                              # feature store": wanted some day, with nothing between that says now
                              r"(?<![a-z])['\"‘“]?eventually['\"’”]?(?![a-z])(?![^.;!?]*\b(?:now|today|asap|soon)\b)")


#: Containers ruled out where they run, said right before the word ("can't use containers") or as "no" with the place
#: or the rule after it ("no containers on the HPC", "no container may run as root"): a rule of the place, not a job
#: they want help with (unlike "no git, no CI/CD, no containers", what they lack).
_NOT_ALLOWED = re.compile(r"(?<![a-z])(?:not allowed to (?:use|run)|can't (?:use|run)|cannot (?:use|run))\s*$")
_NO = re.compile(r"(?<![a-z])no\s*$")
#: Right after a job they say "no" to, why they refuse it: "no feature store, too heavy for us", "no k8s, overkill".
_REFUSED_WHY = re.compile(r"\s*[,;:(-]?\s*(?:(?:it's|its|that's|thats|way|much|far|just|probably) )*"
                          r"(?:too (?:heavy|complex|complicated|much|big|early|expensive)|overkill|"
                          r"not (?:needed|necessary|worth it))(?![a-z])")
_THERE = re.compile(r"\s*(?:on|in|inside|at all|allowed|permitted|may|can|are allowed|is allowed)\b")


def _ruled_out_there(text: _Text, hit: _Hit) -> bool:
    before = text.before(hit)
    return _NOT_ALLOWED.search(before) is not None \
        or _NO.search(before) is not None and _THERE.match(text.low, hit.end) is not None


#: A job said of a tool named right before it, in a clause that asks for nothing: "we use vertex for hosting the
#: model", "mlflow for tracking, need serving".
_FOR_IT = r"\s*(?:for|to do|to)\s+(?:the |our |all )?$"
#: The same with a name of several words, which is blanked: "we use [Vertex AI] for hosting the model".
_USE_FOR = re.compile(r"(?<![a-z])(?:use|uses|using|used|run|runs|running|rely on|relies on)" + _FOR_IT)
#: A tool named as an example of what they want: "something like mlflow for tracking".
_LIKE = re.compile(r"(?<![a-z])(?:like|such as|similar to|e\.g\.|eg|alternative to|instead of|replace)\s")
#: The team as the subject of the job, and a tool after it: "we host the model on vertex", "we track runs in mlflow".
_WE_DO = re.compile(r"\s*(?:we|i|our team)\s+(?:already\s+|currently\s+|just\s+)?$")
_ON_IT = re.compile(r"\s*(?:\w+\s+){0,2}?(?:on|in|with|via|through|using)\s+(?:the |our )?")


def _done_by_theirs(text: _Text, hit: _Hit, tools: tuple[str, ...]) -> bool:
    """Is the job named, in a reply to "which parts do you want help with?", as what a tool they name does for them
    now, with no wish or lack in its clause? (Read freely, such a job is never asked for in the first place.)"""
    start, end = text.clause_start(hit.start), text.clause_end(hit.end)
    prefix, after = text.low[start : hit.start], text.low[hit.end : end]
    if lx.NEED_ASK.search(prefix) or lx.WANT_CUE.search(prefix) or lx.MISSING.search(prefix) \
            or lx.NEGATION.search(prefix) or _LIKE.search(prefix) or not tools:
        return False
    if _USE_FOR.search(prefix) or any(re.search(rf"(?<![a-z]){re.escape(t)}{_FOR_IT}", prefix) for t in tools):
        return True
    if _WE_DO.fullmatch(prefix) and (on := _ON_IT.match(after)) is not None:
        rest = after[on.end() :]  # nothing left: a blanked name of several words ("on [Vertex AI]")
        return not rest.strip(" .!") or any(re.match(rf"{re.escape(t)}(?![a-z])", rest) for t in tools)
    return False


#: Words of a tool in use: "we use …", "we run …", "… already".
_IN_USE = re.compile(r"(?<![a-z])(?:use|uses|using|run|runs|running|have|has|got|already|currently)(?![a-z])")
_ALREADY = re.compile(r"(?<![a-z])(?:already|today|currently)(?![a-z])")


def _of_a_name(text: _Text, hit: _Hit, tools: tuple[str, ...]) -> bool:
    """Is the job's word part of a tool's name said in a reply ("we use bigquery, vertex pipelines and flask"), or
    right after it with nothing between ("we have kubeflow pipelines"), in a clause that says they use it and asks
    for nothing?"""
    start, end = text.clause_start(hit.start), text.clause_end(hit.end)
    prefix = text.low[start : hit.start]
    if lx.NEED_ASK.search(prefix) or lx.WANT_CUE.search(prefix) or lx.MISSING.search(prefix) \
            or not (_IN_USE.search(prefix) or _ALREADY.search(text.low[hit.end : end])):
        return False  # ("docker images so it runs the same everywhere" asks for the job)
    for name in tools:
        for found in re.finditer(rf"(?<![a-z]){re.escape(name)}(?![a-z])", text.low):
            if found.start() <= hit.start < found.end() or (found.end() <= hit.start
                                                            and not text.low[found.end() : hit.start].strip()):
                return True
    return False


def _said_missing(text: _Text, hit: _Hit) -> bool:
    """Is the job said to be missing in its sentence ("no monitoring at all"), with no ask before it?"""
    prefix = text.low[_sentence(text, hit)[0] : hit.start]
    return lx.MISSING.search(prefix) is not None and lx.NEED_ASK.search(prefix) is None


def _counted_compute(text: _Text, hit: _Hit) -> bool:
    """Are GPUs named as machines the team has, counted and not asked for ("no kubernetes, just a couple of GPU
    servers", "we have two gpu boxes"), where "more GPUs" or "GPUs we can share" would be a need?"""
    start, _ = _sentence(text, hit)
    prefix = text.low[start : hit.start]
    return text.low[hit.start : hit.end].strip() in lx.BARE_COMPUTE and _COUNTED.search(prefix) is not None \
        and lx.NEED_ASK.search(prefix) is None and lx.MISSING.search(prefix) is None \
        and _MACHINES_AFTER.match(text.low, hit.end) is not None


#: What follows GPUs that are only counted: the machines they sit in, or the end of the clause ("two gpu boxes",
#: "we have 4 gpus, no cluster"), not what should happen to them ("our 4 gpus shared better").
_MACHINES_AFTER = re.compile(r"\s*(?:(?:servers?|box(?:es)?|machines?|nodes?|rigs?|workstations?)\b|$|[,.;!)]|"
                             r"(?:and|but|in|on|at|under)\b)")


#: A bare scheduler asked for in words about GPUs ("10 researchers, one shared DGX, we need a scheduler", "a job
#: queue for our 3 GPU servers"): what shares out the GPUs (compute), not an orchestrator of pipelines.
_BARE_SCHEDULER = re.compile(r"(?:job )?schedul\w+|schedulers?")
_GPUS = re.compile(r"(?<![a-z])(?:gpus?|nvidia-smi|dgx)(?![a-z])")


def _job_of(text: _Text, hit: _Hit) -> Stage:
    """The job a phrase asks for, read with what the message is about: a bare scheduler among GPUs is what shares
    them out (compute)."""
    said = text.low[hit.start : hit.end]
    if hit.value is Stage.WORKFLOW_ORCHESTRATION and _BARE_SCHEDULER.fullmatch(said) and _GPUS.search(text.low):
        return Stage.COMPUTE
    return cast(Stage, hit.value)


#: An ask that names no job of its own: "what's the smarter way?", "need a proper tool", "what works with Slurm?",
#: "better options?".
_GENERIC_ASK = re.compile(r"(?<![a-z])(?:what(?:'s| is) (?:the |a )?(?:smarter|better|best|right|proper|sane|"
                          r"standard|usual|recommended) (?:way|approach|tool|setup|option)|is there (?:a |any )?"
                          r"(?:tool|way|thing|product|service)|(?:need|want|looking for) (?:a |some )?(?:proper|real|"
                          r"better|decent|good) (?:tool|setup|solution|system)|what (?:works|does (?:that|this) well|"
                          r"should (?:we|i) use|do (?:people|you|folks|y'all) use)|any (?:tools?|recommendations?|"
                          r"suggestions?)(?: for this)?\?|(?:better|other|any) (?:options|alternatives|tools)\?)")


def _topic_asked(text: _Text, hit: _Hit, hits: list[_Hit]) -> bool:
    """Is the job the message opens with its topic, asked for later in words that name no job ("Hyperparameter search
    is eating our GPU budget. ... what's the smarter way?", "labeling is killing us. ... need a proper tool")?"""
    if hit.start > 3 or any(h.start < hit.start for h in hits):
        return False
    for ask in _GENERIC_ASK.finditer(text.low, hit.end):
        start, end = _sentence(text, _Hit(ask.start(), ask.end(), None))
        if not any(start <= h.start < end for h in hits if h is not hit):
            return True
    return False


def _automation_they_have(text: _Text, hit: _Hit) -> bool:
    """Is the job named only as part of automation the team says it has ("we retrain on a schedule": a level of
    maturity, not an orchestrator asked for)?"""
    start, end = _sentence(text, hit)
    if text.low[start:end].rstrip().endswith("?") or lx.NEED_ASK.search(text.low[start : hit.start]) \
            or lx.MISSING.search(text.low[start : hit.start]):
        return False  # "what's the minimum setup to retrain on a schedule?"
    return any(m.value == 1 and m.start <= hit.start and hit.end <= m.end and not _wanted(text, m)
               and not text.negated(m) for m in text.hits(lx.MATURITY))


#: Words that open a description of how things are now: "right now deploys are manual".
_AS_IT_IS = re.compile(r"(?<![a-z])(?:right now|currently|today|at the moment|at present|these days|as of now)"
                       r"(?![a-z])")


#: Words that say a job is lacking, after "right now": "currently nothing for monitoring" asks for it; so do "the gaps
#: today are a model registry and serving".
_LACKING = re.compile(r"(?<![a-z])(?:nothing|none|missing|nada|zilch|gaps?|lacking)(?![a-z])")


def _as_it_is(text: _Text, hit: _Hit) -> bool:
    """Is the job named in a sentence that says how things are done now, with no wish or lack after that ("right
    now deploys are manual"; not "right now we need a registry", "currently no registry")?"""
    before = text.low[_sentence(text, hit)[0] : hit.start]
    found = list(_AS_IT_IS.finditer(before))
    rest = before[found[-1].end() :] if found else ""
    return bool(found) and lx.WANT_CUE.search(rest) is None and lx.NEGATION.search(rest) is None \
        and _LACKING.search(rest) is None


def _llm_quality(text: _Text, hit: _Hit, pains: list[_Hit]) -> Frustration:
    """"Nobody noticed" of an LLM app's answers ("customers caught wrong refund answers after a prompt change") is
    not knowing its quality, not a model nobody watches; not seeing what it did (traces, logs) stays a pain of
    watching it, and so does "no monitoring" beside the app's quality said as a pain of its own."""
    sentence = _sentence(text, hit)
    said = text.low[slice(*sentence)]
    apart = any(p.value is Frustration.LLM_QUALITY_UNKNOWN and _sentence(text, p) == sentence for p in pains)
    if not apart and _LLM_APP.search(said) and not _SEEING.search(said):
        return Frustration.LLM_QUALITY_UNKNOWN
    return Frustration.NO_MONITORING


def watching_the_app(needs: Iterable[Stage]) -> tuple[Stage, ...]:
    """Monitoring asked for by a team whose only work is LLM apps: watching the app in production is tracing it
    (LLM observability), not watching a model of their own."""
    return tuple(dict.fromkeys(Stage.LLM_OBSERVABILITY if s is Stage.MODEL_MONITORING else s for s in needs))


#: What says a model of their own is watched, not an app built on an LLM: drift, its inputs, its accuracy.
_MODEL_WATCHED = re.compile(r"(?<![a-z])(?:drift\w*|(?<!llm )(?<!ai )(?<!genai )(?<!product )(?<!smart )features?|"
                            r"inputs?|accuracy|precision|recall|auc|f1|classifiers?|"
                            r"regression|forecasts?|tabular|churn|fraud|fine-?tun\w*|embeddings? drift|"
                            # models set apart from the LLMs to come: "serving models and eventually LLMs"
                            r"models,? (?:and|then) (?:\w+ )?llms)(?![a-z])")


def _model_quality(text: _Text, hit: _Hit) -> Frustration:
    """Not knowing whether a model got worse, in a message about a model that is no LLM app ("we run a churn model.
    we don't know if it is getting worse"), is a model nobody watches, not an LLM's answers of unknown quality."""
    if _LLM_APP.search(text.low) is None and _CLASSIC_MODEL.search(text.low) and not _GENERATIVE.search(text.low):
        return Frustration.NO_MONITORING
    return Frustration.LLM_QUALITY_UNKNOWN


#: Words of a classic model: "the churn model", "the forecasts", "our classifier".
_CLASSIC_MODEL = re.compile(r"(?<![a-z])(?:classifiers?|forecast\w*|regressions?|xgboost|lightgbm|sklearn|"
                            r"scikit-learn|churn|fraud|credit|demand|tabular|propensity|scoring model)(?![a-z])")
#: Words of generative AI anywhere in a message ("hallucinations", "our AI writes", "every model call", "embeddings
#: from the OpenAI API"): not knowing whether it got worse is then of generated output.
_GENERATIVE = re.compile(r"(?<![a-z])(?:hallucinat\w*|ai|genai|gen ai|openai|anthropic|vllm|llama\w*|mistral|"
                         r"embeddings?|providers?|model calls?|summar\w+|generat\w+|outputs?|fine-?tun\w*|tokens?|"
                         r"nlp|text|language)(?![a-z])")


#: An LLM application named in a sentence: a pain of not seeing it in production is not knowing how its answers are.
_LLM_APP = re.compile(r"(?<![a-z])(?:prompts?|chat ?bots?|bots?|agents?|llms?|gpt[\w.-]*|claude|gemini|copilot|"
                      # (not "the honest answer is 'no clue'": the writer's own answer)
                      r"assistant|rag|completions?|(?<!honest )(?<!short )(?<!my )(?<!our )answers?|"
                      r"responses?)(?![a-z])")


#: Words of seeing what a system did (traces, logs): not seeing an LLM app is a pain of watching it, not of its quality.
_SEEING = re.compile(r"(?<![a-z])(?:see|seeing|saw|visibility|visible|trac\w+|logs?|logging|observ\w+)(?![a-z])")


#: What joins two jobs of one list: "evals or tracing", "registry + monitoring", "tracking, registry".
_LISTED = re.compile(r"\s*(?:,|\+|/|&|and|or|, and|, or|as well as)?\s*(?:an? |the |some )?")


#: Words that make "notebooks" a place to work in rather than where work is stuck.
_NOTEBOOK_PLACE = re.compile(r"(?<![a-z])(?:shared|hosted|hub|jupyterhub|environment|server|platform|managed)(?![a-z])")
_SENTENCE_END = re.compile(r"[.;!?\n]+(?=\s|$)")
#: What is wanted instead of a tool named next: "an alternative to W&B", "a replacement for Airflow", "instead of
#: SageMaker" (the same words weigh a tool for its job: _WEIGHING).
_INSTEAD = (r"alternatives? (?:to|for)|replacements? (?:for|of)|instead of|"
            # "anything lighter than DVC?", "something cheaper than W&B"
            r"(?:anything|something|a tool|options?)(?: [\w-]+)? (?:lighter|simpler|cheaper|easier|leaner) than")
#: Words before a tool they want to move away from: those, and "to replace Jenkins", "moving off Comet" (not a move
#: hedged: "we might replace Pinecone with pgvector, not decided").
_INSTEAD_OF = re.compile(rf"(?<![a-z])(?<!might )(?<!maybe )(?<!could )(?<!may )(?:{_INSTEAD}|replac(?:e|ing)|"
                         r"(?:move|moving|migrate|migrating|get|getting|switch|switching)(?: [\w+&-]+){0,4} "
                         r"(?:off(?: of)?|away from)|"
                         r"(?:switch|switching|migrate|migrating) from)\W+(?:the\s+|our\s+|my\s+)?$",
                         re.IGNORECASE)  # fmt: skip
#: Right after a tool's name, a wish for another in its place: "a wandb replacement", "labelbox alternatives?".
_REPLACED_NEXT = re.compile(r"\s*(?:replacements?|alternatives?|substitutes?|competitors?)(?![a-z])", re.IGNORECASE)


def _named_to_leave(text: str, mention: Mention) -> bool:
    """Is the tool named as the one to move from, in the words around it: "an alternative to W&B", "moving off
    Airflow", "a wandb replacement"?"""
    return _INSTEAD_OF.search(text[max(0, mention.start - 40) : mention.start]) is not None \
        or _REPLACED_NEXT.match(text, mention.end) is not None


#: Said of a tool right after its name, what makes them want another ("Kubeflow is way too heavy for us", "Airflow
#: was overkill"): the tool to move from is no pick, as after "an alternative to".
_TOO_MUCH = re.compile(r"\s*(?:is|was|'s|feels|felt|seems|seemed|turned out to be|has been|proved)\s+"
                       r"(?:way |far |much |just |simply |a bit |kind of |really |so |massively |absurdly )?"
                       r"(?:too (?:heavy|heavyweight|"
                       r"complex|complicated|much|big|bloated|expensive|slow|hard|fiddly)|overkill|a nightmare|a beast|"
                       r"bloated|heavyweight)(?![a-z])", re.IGNORECASE)
#: Moving off a tool named before, by a pronoun: "we're deep in sagemaker but the bill is insane, want to move training
#: + tracking off it".
_OFF_IT = re.compile(r"(?<![a-z])(?:move|moving|migrate|migrating|get|getting|switch|switching)(?: [\w+&-]+){0,4} "
                     r"(?:off(?: of)?|away from) (?:it|them|that|this)(?![a-z])", re.IGNORECASE)


def _off_it(text: str, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Is the tool the one a later "… off it" points back to, in its sentence or the next, with no other tool named
    in between ("we're deep in sagemaker but the bill is insane. want to move training off it")?"""
    after = [m.start for m in mentions if m.start > mention.start]
    rest = " ".join(_ENDS_ASKED.split(text[mention.end : min(after, default=len(text))])[:2])
    found = _OFF_IT.search(rest)  # not "… and we'll never move off it", "no plans to move off it"
    return found is not None and lx.NEGATION.search(" ".join(rest[: found.start()].lower().split()[-3:])) is None


#: Words that take a tool out of the picks rather than out of the tools they use ("remove MLflow").
_LEAVE_OUT = re.compile(rf"(?<![a-z]){lx.LEAVE_OUT_VERBS}\W+(?:the\s+)?$", re.IGNORECASE)


def _notebooks_asked_apart(text: _Text) -> bool:
    """ "What hurts: stuck in notebooks; we need help with notebooks and tracking": notebooks asked for in a
    sentence of their own, apart from the pain's words, are a need as well."""
    pains = text.hits(lx.FRUSTRATION)
    return any(hit.value is Stage.NOTEBOOKS and not any(p.start <= hit.start < p.end for p in pains)
               and _ASKED_RIGHT_BEFORE.search(text.low[_sentence(text, hit)[0] : hit.start])
               for hit in text.hits(lx.STAGE))  # fmt: skip


#: Asking for the thing named next, with nothing in between: "we need help with notebooks", "we want shared
#: notebooks" (not "need to move notebooks into pipelines").
_ASKED_RIGHT_BEFORE = re.compile(r"(?<![a-z])(?:need|needs|want|wants|looking for|help with|would like)"
                                 r"(?: help with| some| a| better| proper| shared| hosted| managed)* $")


def _nothing_to_run(text: _Text, hit: _Hit) -> bool:
    """ "No GPUs to manage": what they want not to operate, not what they lack."""
    return lx.nothing_to_run(text.low[max(0, hit.start - 12) : hit.end], text.low[hit.end :])


def _named_as_pain(text: _Text, hit: _Hit, pains: list[_Hit]) -> bool:
    """ "What hurts: no monitoring in production": under a heading that says a pain follows, words read as
    that pain are the pain, which implies its own stages (for an LLM app, traces rather than drift checks)."""
    start, _ = _sentence(text, hit)
    return lx.PAIN_HEADING.search(text.low[start : hit.start]) is not None and any(
        p.start <= hit.start and hit.end <= p.end for p in pains)


#: The steps of a retraining run listed before a deploy: "prep, train, evaluate and deploy", "retrain -> eval ->
#: deploy", "retrain weekly + redeploy the endpoint".
_STEPS_BEFORE = re.compile(r"(?<![a-z])(?:re-?train\w*|train(?:ing)?|evaluat\w*|evals?)(?![a-z])[^.;!?:]{0,30}?"
                           r"(?:,|\+|->|→|/|\band\b|\bthen\b|&)\s*(?:then\s+|auto-?)?$")


#: Words of a run that goes by itself: the deploy it ends with is one of its steps.
_AUTOMATED_RUN = re.compile(r"(?<![a-z])(?:pipelines?|trigger\w*|one (?:call|command|click|button)|automat\w*|weekly|"
                            r"nightly|daily|merge|end[- ]to[- ]end|redeploy\w*)(?![a-z])")


def _deploy_as_step(text: _Text, hit: _Hit) -> bool:
    """Is "deploy" said as the last step of a run that goes by itself ("prep, train, evaluate and deploy triggered by
    one call", "retrain -> eval -> deploy as one pipeline": an ML pipeline's or CI's job), not a serving need (not a
    platform's jobs: "one platform for training, deployment and monitoring", "a way to train and deploy")?"""
    said = text.low[hit.start : hit.end]
    if hit.value is not Stage.MODEL_SERVING or not re.fullmatch(r"(?:re)?deploy(?:s|ed|ing)?(?: \w+)?", said):
        return False
    start, end = _sentence(text, hit)
    return _STEPS_BEFORE.search(text.low[max(start, hit.start - 60) : hit.start]) is not None \
        and _AUTOMATED_RUN.search(text.low[start:end]) is not None


#: Right before "deploy", a moment it marks: "nobody looks at them after deploy", "checks before deploy".
_AROUND_DEPLOY = re.compile(r"(?<![a-z])(?:after|before|until|since|post|pre)[- ]?(?:the |each |every |a )?$")


def _deploy_as_moment(text: _Text, hit: _Hit) -> bool:
    """Is "deploy" said as a moment ("nobody looks at them after deploy", "checks before deployment"), not as a
    serving need?"""
    said = text.low[hit.start : hit.end]
    if hit.value is not Stage.MODEL_SERVING or not re.fullmatch(r"(?:re)?deploy(?:s|ment|ments)?", said):
        return False
    return _AROUND_DEPLOY.search(text.low[max(0, hit.start - 20) : hit.start]) is not None


def _deploys_by_ci(text: _Text, hit: _Hit, hits: list[_Hit]) -> bool:
    """ "Want deploys to run from CI on merge": automating the deploy is CI/CD's job, not a serving need."""
    if hit.value is not Stage.MODEL_SERVING or not text.low.startswith("deploy", hit.start):
        return False
    start, end = _sentence(text, hit)
    return any(h.value is Stage.CI_CD and start <= h.start < end for h in hits)


def _sentence(text: _Text, hit: _Hit) -> tuple[int, int]:
    return _span(text.low, hit.start, hit.end, _SENTENCE_END)


def _span(low: str, start: int, end: int, ends: re.Pattern[str]) -> tuple[int, int]:
    """Where the stretch of text around start:end that `ends` bounds (a sentence, a clause) begins and ends."""
    starts = [m.end() for m in ends.finditer(low, 0, start)]
    after = ends.search(low, end)
    return (starts[-1] if starts else 0), (after.end() if after else len(low))


#: A job's phrase that asks for it or says it is missing on its own: "want a queue for the gpus", "code isn't even
#: in git", "none of our training code is in version control", "i've never served a model", "we track runs in a
#: google sheet" (a job done by hand in a spreadsheet; results pasted into one are handed to someone), "features get
#: recomputed everywhere" (a job done over and over), "features are computed differently in training" (a job done
#: twice, apart).
_SAID_AS_WANTED = re.compile(r"(?:want|need|would love|never|first time|can't|cannot|can not|couldn't|could not|"
                             r"none of|don't|do not|(?:no one|nobody) (?:\w+ )?(?:knows?|tell|say|sure))\b|"
                             + lx.AUDITORS_ASK + "|"
                             r".*\b(?:isn't|is not|isnt|aren't|are not|arent)\b|(?!paste).*\b" + lx.SHEET + r"$|"
                             r".*\b" + lx.OVER_AND_OVER + r"$|"
                             # "our datasets are too big for git": a job git cannot do, so wanted
                             r".*\btoo (?:big|large) for (?:git|github|gitlab|the repo)$|"
                             # "features get computed one way for training and another at serving time"
                             r".*\bfeatures? (?:\w+ ){0,3}(?:one way|differently)\b|" + lx.FEATURES_DIFFER + "|"
                             # "evals for our fine-tuned llms are a mess", "how do ppl measure retrieval quality"
                             r".*\b" + lx.IS_A_MESS + "$|"
                             r"how do (?:people|ppl|you|folks|teams|others|i|we)\b")


#: Blocking words that say a team has the thing ("keep", "already", "happy with"): a colon after them lists it.
_HAVE_BLOCKS = frozenset({"keep", "keeping", "already", "happy with", "fine on", "reuse", "currently", "today",
                          "right now", "at the moment"})


#: What an app must be kept from doing, right before it is said: "stop the bot from …", "prevent it from …".
_KEPT_FROM = re.compile(r"(?<![a-z])(?:stop|stops|stopping|prevent|prevents|preventing|keep|keeps|block|blocks)\s+"
                        r"(?:[\w'-]+\s+){0,3}from\s*$")


#: Right before a tool's name and the job after it, a wish for that tool: "I want Vertex pipelines triggered by Cloud
#: Build", "need to compare SageMaker endpoints vs our own EC2". (Wider than _WANTED_TOOL, which reads a tool into the
#: stack only after "we" or "I" and a verb of adopting it: here a wish without its subject counts too.)
_WISHED_TOOL = re.compile(r"(?<![a-z])(?:want|wants|need|needs|looking for|would like|we'd like|i'd like|set up|"
                          r"setting up|stand up|spin up)(?: to (?:set up|stand up|spin up|run|host|get|have))?\s+"
                          r"(?:a |an |one |our own |some )?(?:[\w-]+ ){0,2}$")


def _asked_for(text: _Text, hit: _Hit, hits: list[_Hit], tools: tuple[str, ...], *, free: bool) -> bool:
    """Is a stage asked for in its sentence ("we need traces and evals", "what should sit next to Dagster for
    tracking?", "registry + monitoring please", "The gaps: …"), not only named ("no tracking", "MLflow registry")?"""
    start, end = _sentence(text, hit)
    prefix = text.low[start : hit.start]
    said = text.low[hit.start : hit.end].strip()
    if any(prefix.endswith(f"{tool} ") and not _WISHED_TOOL.search(prefix[: -len(tool) - 1]) for tool in tools):
        return False  # "MLflow registry", "our own vLLM deployment": a tool the team has (not one wished for: "I want
        # Vertex pipelines")
    if _DOES_IT_COUNT.match(prefix) and _COUNTS.search(text.low, hit.end, end):
        return False  # "does a jupyter notebook and a cron job count as a stack?": what they have, asked about
    if said in lx.BARE_COMPUTE and _COUNTED.search(prefix):
        return False  # "~50 GPUs", "fighting over 16 GPUs": GPUs counted, not asked for
    if hit.value is Stage.GOVERNANCE and _KEPT_FROM.search(prefix):
        return True  # "how do we stop the assistant from going off topic?": a guardrail is wanted
    if lx.MISSING.search(prefix) or _SAID_AS_WANTED.match(said):
        # "no registry", "no tests, no CI", "we have no evals": said to be missing, so wanted; so is a phrase that
        # says it itself ("the code isn't even in git", "want it weekly and automatic")
        return True
    aside = [m.span() for m in re.finditer(r"\([^()]*\)", prefix)]  # "(our buckets keep getting overwritten)"
    markers = sorted([(m.end(), "ask", m.group(0)) for m in lx.NEED_ASK.finditer(prefix)]
                     + [(m.end(), "block", m.group(0)) for m in lx.NEED_BLOCK.finditer(prefix)
                        if not any(a <= m.start() < b for a, b in aside)]
                     + [(m.end(), "and", m.group(0))
                        for m in re.finditer(r"[,;] (?:and|plus) | and (?:some|also|then|maybe|ideally) ", prefix)]
                     + [(m.end(), "colon", m.group(0)) for m in re.finditer(r": ", prefix)])
    state = ""
    asked = False
    blocked = ""
    for _, kind, word in markers:
        if kind == "ask":
            state = "ask"
            asked = True
        elif kind == "colon":
            # "what I'm missing is the step before that: a registry": the colon names what is asked (not after "keep":
            # "want to keep it for ML as well: training, eval" lists what the tool they keep does)
            state = "ask" if asked and blocked not in _HAVE_BLOCKS else state
        elif kind == "block":
            state = "from" if word == "from" else "block"
            blocked = word
        elif state in ("block", "from"):  # "want to catch regressions before a release, and see traces"
            state = "ask" if asked else ""
    if state == "from":  # "from a notebook to a pipeline", "from colab into something": what comes after is wanted
        return asked and re.search(r"(?<![a-z])(?:in)?to(?![a-z])", prefix[prefix.rindex("from") :]) is not None
    if state:
        return state == "ask"
    sentence = text.low[start:end]
    if lx.NEED_AFTER.search(text.low[hit.end : end]) or lx.PLEASE_NEXT.match(text.low, hit.end, end) \
            or lx.RULE_NEXT.match(text.low, hit.end, end):
        return True
    # (a run of spaces in the prefix is a blanked tool name: "Vertex AI Pipelines for training" names a tool)
    if lx.REQUEST_OPENING.fullmatch(prefix) and "  " not in prefix and lx.REQUEST_AFTER.match(text.low[hit.end : end]) \
            and (sentence.rstrip().endswith("?") or start == 0 and len(text.low.split()) <= SHORT_REQUEST) \
            and not lx.IN_PLACE.search(text.low[start:]):
        # "feature store for tabular + realtime lookups", "vector db that runs on-prem?", "what ci for ml": a
        # question, or a short message, that opens with a job (a long one that does describes what they have)
        return True
    # "Quick one: which vector DB for 50M embeddings?": after a short lead-in, the question starts after the colon
    lead = prefix.rfind(": ")
    question = sentence[lead + 2 :] if lead >= 0 and len(prefix[:lead].split()) <= SHORT_LEAD else sentence
    # "experiment tracking pls", "Two words: model registry.", "tl;dr: LLM evals. Longer: …": a message that opens
    # with a sentence of nothing but jobs (after a short lead-in) asks for them
    opens = start + (lead + 2 if lead >= 0 and len(prefix[:lead].split()) <= SHORT_LEAD else 0)
    inside = [_Hit(h.start - opens, h.end - opens, h.value) for h in hits if opens <= h.start and h.end <= end]
    if free and start == 0 and _only_phrases(text.low[opens:end], inside):
        return True
    # "we have zero idea if the summaries are any good - how do people test this?": the question is the last clause
    clause = text.low[max(start, text.clause_start(hit.start)) : end]
    if sentence.rstrip().endswith("?") and (lx.ASKING.match(sentence) or lx.ASKING.match(question)
                                            or lx.ASKING.match(clause) or lx.TOOLS_FOR.match(text.low[hit.end : end])):
        return True  # "what should we use to serve it?", "Tracing tools people actually like?"
    if sentence.rstrip().endswith("?") and _KIND_OF_TOOL.search(said) and not _THEIRS.search(prefix):
        return True  # "is that dumb compared to a real model registry?": a question about a kind of tool
    if _WEIGHED_FOR.search(prefix) and (sentence.rstrip().endswith("?") or lx.ASKING.match(sentence)) \
            and said not in ("pipelines", "pipeline"):
        # "SageMaker endpoint vs our own EC2 for serving?": two ways weighed for the job, which is wanted (bare
        # "pipelines" is no job of its own there: "prefect or airflow for our pipelines?" weighs orchestrators)
        return True
    inside = [h for h in hits if start <= h.start and h.end <= end]
    return free and _only_phrases(sentence, [_Hit(h.start - start, h.end - start, h.value) for h in inside])


#: The nouns that name a kind of tool, not an activity ("a model registry", "vector db", "tracing"; not "deploy",
#: "gpus", "notebooks"): asked about in a question, that kind of tool is what they are weighing.
_KIND_OF_TOOL = re.compile(r"(?<![a-z])(?:registry|registries|store|stores|tracker|trackers|tracking|db|dbs|database|"
                           r"databases|orchestrator|orchestrators|orchestration|labell?ing|annotation|monitoring|tracing|"
                           r"observability|ci/cd|evals?|evaluation|versioning|catalog|lineage|tuning|sweeps?|pipelines?)(?![a-z])")
#: Two options weighed, then the job they are weighed for: "a SageMaker endpoint vs our own EC2 boxes for ".
_WEIGHED_FOR = re.compile(r"(?<![a-z])(?:vs\.?|versus|or|compared (?:to|with)|against)(?![a-z])[^.;:!?]{1,60}?"
                          r"(?<![a-z])for (?:the |our |a |an |my )?$")
#: What says the thing asked about is theirs already, or how others do it ("we have ci that …", "how are you …").
_THEIRS = re.compile(r"(?<![a-z])(?:we have|we use|we've got|we're using|our|how are you|how do you)(?![a-z])")
#: A message this short that opens with a job asks for it ("feature store for tabular, we're on aws").
SHORT_REQUEST = 16
#: Words before a colon that only lead into a question ("Quick one:", "Dumb question maybe:").
SHORT_LEAD = 4
_COUNTED = re.compile(r"(?<![a-z0-9])(?:\d[\d,.]*[k+]?|" + lx.NUMBER + r"|our|the|of|with|on|across|over|for|"
                      r"many|more than|x)(?:\s+[a-z0-9-]*)?\s*$")  # fmt: skip


_FILLER = re.compile(r"(?<![a-z])(?:and|or|plus|also|we|i|need|needs|want|some|a|an|the|our|with|for|mostly|"
                     r"maybe|please|pls|plz|thanks|thx|ty|help|just|both|first|then|next|later|asap|mainly|"
                     r"primarily|initially|to start|for now|&|\+)(?![a-z])|[,;/.!?:()\-]")  # fmt: skip


def _only_phrases(low: str, hits: list[_Hit]) -> bool:
    """Is the message (or sentence) nothing but a list of these phrases ("CI/CD, model registry")?"""
    if not hits:
        return False
    rest = low
    for hit in sorted(hits, key=lambda h: -h.start):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    return not _FILLER.sub(" ", rest).strip()


def _maturity(text: _Text, extras: dict[Any, tuple[str, ...]], *, wishes: bool = False,
              in_reply: bool = False) -> Any:
    """The level said of how the team works now; `wishes`: the message answers what they need, so a way of working
    it names is wanted unless the sentence says it is how things are now ("CI/CD for models. right now deploys are
    manual, training is scheduled in airflow": 1); no one wishes for work by hand ("so I stop retraining by hand":
    0). `extras`: a short reply's words for the levels; `in_reply`: a longer reply to the maturity question, read
    for how the team works in its own words (MATURITY_IN_REPLY), where a wish is still not how things are."""
    added = lx.MATURITY_IN_REPLY if in_reply else extras
    table = {level: lx.MATURITY[level] + added.get(level, ()) for level in lx.MATURITY}
    once = [m.span() for m in lx.HAD_ONCE.finditer(text.low)]  # what they had once and lost: not now
    hits = [h for h in text.hits(table) if not text.negated(h) and (extras or not _wanted(text, h))
            and not (h.value > 0 and not extras and _MODAL_WISH.search(text.low[h.start : h.end]))
            and not (wishes and h.value > 0 and _NOW.search(text.low[_sentence(text, h)[0] : h.start]) is None)
            and not (text.low.startswith("by hand", h.start) and lx.NOT_A_PROCESS_BY_HAND.search(text.before(h)))
            and not _elsewhere(text.low[_sentence(text, h)[0] : h.start])
            and not any(start <= h.start < end for start, end in once)]
    # work by hand said of training, not of shipping: "retrain is scheduled nightly, we push the model by hand" is 1
    # (nor shipping said in the hand work's own words: "deploying is still me copying files")
    by_hand = any(h.value == 0 and not _of_shipping(text.before(h) + text.low[h.start : h.end]) for h in hits)
    # "retrained monthly by a script someone runs", "everything runs from my laptop, including the weekly retrain": a
    # cadence is no schedule when the message says the training is done by hand, in that sentence or another
    levels = [h.value for h in hits if not (h.value == 1 and _MERE_CADENCE.match(text.low[h.start : h.end])
                                            and by_hand)]
    # no model shipped yet is level 0 even as a wish: "we want to ship our first model to prod"
    levels += [0 for h in text.hits(_NO_MODEL_YET) if not text.negated(h)
               and not _elsewhere(text.low[_sentence(text, h)[0] : h.start])]
    if in_reply and (len(set(levels)) > 1 and lx.BETWEEN_LEVELS.search(text.low) or lx.DEPENDS_WHO.search(text.low)):
        return None  # "somewhere between 0 and 1? one model is scheduled, the rest is manual", "depends who you
        # ask": they place themselves between two levels
    if in_reply and lx.MOSTLY_NOT.search(text.low) and (1 in levels or 2 in levels):
        return None  # "some stuff is scheduled, most isn't": part one level, part another; they choose
    return max(levels) if levels else None


#: Inside a way of working, words that make it a wish: "training should run on a schedule", "it needs to retrain
#: itself every week".
_MODAL_WISH = re.compile(r"(?<![a-z])(?:should|ought to|needs? to|must|would|want(?:s|ed)? to)(?![a-z])")


#: No model shipped yet, as a table of one level for Text.hits (a module constant, so its hits are found once).
_NO_MODEL_YET: dict[Any, tuple[str, ...]] = {0: lx.NO_MODEL_YET}


def _elsewhere(before: str) -> bool:
    """Is a way of working said of another job ("moved from a company where CI/CD was fully automated"), with
    nothing after that brings it back to theirs ("… to one where training is a notebook", "here", "now")?"""
    found = list(lx.ELSEWHERE.finditer(before))
    return bool(found) and not lx.BACK_HERE.search(before[found[-1].end() :])


#: Words of shipping a model: what is done by hand after them is the deploy, not the training.
_SHIPPED = re.compile(r"(?<![a-z])(?:push\w*|deploy\w*|ship\w*|cop(?:y|ies|ied)|releas\w*|promot\w*|roll\w* out|"
                      r"upload\w*|scp|move[sd]?|flip\w*|swap\w*)(?![a-z])")


def _of_shipping(before: str) -> bool:
    """Is work by hand said of shipping a model: a word of shipping in the eight words before it, or in its clause
    ("but promoting a model to the scoring service is still me copying files around")?"""
    clause = re.split(r"[,;:]|(?<![a-z])(?:but|while|whereas)(?![a-z])", before)[-1]
    return _SHIPPED.search(" ".join(before.split()[-8:])) is not None or _SHIPPED.search(clause) is not None


#: A level-1 phrase that says only how often ("retrained monthly"), not that something runs it.
_MERE_CADENCE = re.compile(r"re-?train\w* (?:(?!airflow|dag|cron|pipeline|scheduler|prefect|dagster|argo|kubeflow|"
                           r"flyte|job)[\w,]+ ){0,4}(?:nightly|weekly|daily|monthly|hourly|every \w+)$|"
                           r"(?:nightly|weekly|daily|monthly|hourly) re-?train\w*$")


#: Words after a wish that go back to how things are now: "we want X because our pipelines …".
_NOW = re.compile(r"(?<![a-z])(?:but|because|since|though|although|currently|today|now|already|we (?:have|use|run|got)|"
                  r"we've|at the moment|at present)(?![a-z])")


#: A heading that wishes for nothing: "we don't need anything fancy: 1 model, retrained monthly by hand".
_NO_WISH = re.compile(r"(?<![a-z])(?:don't|do not|doesn't|does not|no|not|never) (?:\w+ )?(?:need|want|wish|plan)")


#: Who wants something when it is not the writer: "someone wants a prediction", "users want answers faster".
_OTHERS_WANT = re.compile(r"(?<![a-z])(?:someone|somebody|anyone|anybody|users?|customers?|clients?)\s*$")


def _wanted(text: _Text, hit: _Hit) -> bool:
    """Is a way of working named as a goal ("we want CI/CD for models"), not as how the team works now?
    The wish may name other things first: "we need a registry with approvals and automated pipelines"."""
    if text.low.startswith("instead of", hit.start):
        return False  # "… instead of me doing it" says how it is done now
    near = " ".join(text.before(hit).split(": ")[-1].split()[-6:])
    cues = list(lx.WANT_CUE.finditer(near))
    if cues and _OTHERS_WANT.search(near[: cues[-1].start()]):
        return False  # "every time someone wants a prediction I rerun the notebook": another's wish, their way of work
    if cues:
        return _NOW.search(near[cues[-1].end() :]) is None
    start, _ = _sentence(text, hit)
    heading, _, before = text.low[start : hit.start].rpartition(": ")  # a wish can name other things first
    cues = list(lx.WANT_CUE.finditer(before))
    if not cues and lx.WANT_CUE.search(heading) and not _NO_WISH.search(heading) and _NOW.search(before) is None:
        return True  # under a heading of wishes: "Goal for this year: tracked experiments and automated pipelines"
    return bool(cues) and _NOW.search(before[cues[-1].end() :]) is None


def _yes_no(text: _Text, no: tuple[str, ...], yes: tuple[str, ...], soft: tuple[str, ...] = (),
            skip: Callable[[_Text, _Hit], bool] | None = None) -> bool | None:
    """The last yes or no said; a wish said last ("self-hosted ideally") leaves it open. `skip`: hits that say
    nothing of the answer."""
    hits = [h for h in text.hits({False: no, True: yes, None: soft})
            if (skip is None or not skip(text, h)) and not _RATHER_THAN.search(text.before(h))]
    if not hits:
        return None
    last = hits[-1]
    if last.value is None or _hedged(text, last):
        return None  # "data probably can't leave our network, still confirming with legal": not known yet
    return bool(last.value) and not (last.value and _denied(text, last))


#: Before a rule, in its clause, words that leave it unsettled: "data probably can't leave", "not sure yet if new ML
#: tools have to be self-hosted".
_HEDGED_BEFORE = re.compile(r"(?<![a-z])(?:probably|possibly|perhaps|maybe|not sure(?: yet)?(?: if| whether)?|"
                            r"unsure (?:if|whether))(?:\s+[^\s.;!?,]+){0,5}\s*$")
#: After it, in its sentence: "… still confirming with legal", "security is still deciding".
_HEDGED_AFTER = re.compile(r"[^.;!?]{0,60}?(?<![a-z])(?:still (?:deciding|confirming|checking|figuring|waiting|"
                           r"discussing|debating)|tbd|tbc|to be (?:confirmed|decided))(?![a-z])")


def _hedged(text: _Text, hit: _Hit) -> bool:
    return _HEDGED_BEFORE.search(_clause_before(text.before(hit))) is not None \
        or _HEDGED_AFTER.match(text.low, hit.end) is not None


#: What comes right after "than" in "rather X than Y" is what they would not do ("I'd rather pay for managed services
#: than run anything ourselves"): it says nothing for the answer.
_RATHER_THAN = re.compile(r"(?<![a-z])rather (?:[^.;!?]{0,80}? )?than (?:to )?$")


#: "self-hosted" said of a tool they run: "a self-hosted Qdrant", "we self-host CVAT", "ClearML self-hosted".
_SELF_HOSTED_WORD = re.compile(r"\s*(?:self[- ]?host(?:ed|ing|s)?)\s*$")


#: An open-weight model (or models) named as what is self-hosted: "self-host Llama", "self-host open-weight models".
_A_MODEL = re.compile(r"(?:llama|mistral|mixtral|qwen|gemma|phi|whisper|deepseek|falcon|gpt-oss|open[- ]weights?|"
                      r"open[- ]source (?:llms?|models?)|(?:an? )?open (?:llms?|models?))(?![a-z])")


def _hosting_of(tools: tuple[str, ...]) -> Callable[[_Text, _Hit], bool]:
    """Is a "self-hosted" hit said of one of these tools (right before or after it), describing how they run it
    rather than a rule for the tools to come? A requirement says more ("must be self-hosted", "self-hosted
    only"), and is read as one."""
    names = tuple(t for t in tools if t)

    def describes(text: _Text, hit: _Hit) -> bool:
        said = text.low[hit.start : hit.end]
        if not hit.value or not _SELF_HOSTED_WORD.fullmatch(said):
            return False
        after = re.sub(r"^(?:our|the|a|an|my|their|its)\s+", "", text.after(hit).lstrip())  # "self-host our Qdrant"
        if _A_MODEL.match(after):
            return True  # "we self-host Llama in our own DC": how they run a model, not a rule for the tools
        if not names:
            return False
        before = text.before(hit).rstrip()
        return any(re.match(re.escape(name) + r"(?![a-z0-9])", after)
                   or re.search(r"(?<![a-z0-9])" + re.escape(name) + r"[\s,]*$", before) for name in names)

    return describes


def _denied(text: _Text, hit: _Hit) -> bool:
    """A negation in the same comma-separated part ("zero budget, must be open source" is not denied). A phrase
    that holds its own negation ("data can't go to the cloud", "no SaaS") is not denied by an earlier one: "budget
    is zero and data can't go to the cloud" says two things, not a double negative."""
    if lx.NEGATED_AFTER.match(text.after(hit)):
        return True
    if lx.NEGATION.search(text.low[hit.start : hit.end]):
        return False
    return text.negated(hit) and lx.NEGATION.search(_part_before(text, hit)) is not None


def _part_before(text: _Text, hit: _Hit) -> str:
    """The last words (seven at most) before the hit in its comma-separated part: where its negation would be."""
    return " ".join(text.before(hit).split(",")[-1].split()[-7:])


#: No one did or does it: "nobody here has deployed to Kubernetes", "none of us has run a cluster".
_NOBODY = re.compile(r"(?<![a-z])(?:nobody|no one|no-one|none of us)(?: \w+){0,2} (?:has|have|had|is|are|was|knows?|"
                     r"ever|wants?|can)(?![a-z])")


_MONEY = re.compile(
    # "$3-5k a month": the top of a range of money ("3" of it is thousands too)
    r"(?:\$|€|£|usd ?|eur ?)\s?(?:\d[\d,.]*\s?(?:-|–|to)\s?)?(\d[\d,]*(?:\.\d+)?)\s?(k|m)?|"
    r"(\d[\d,]*(?:\.\d+)?)\s?(k|m)?\s?(?:\$|€|£|usd|dollars|bucks|eur|euros)|"
    # "maybe 50-100k a year for tooling": thousands by the year or the month are money
    r"(?<![\w.])(?:\d[\d,.]*\s?(?:-|–|to)\s?)?(\d[\d,]*(?:\.\d+)?)\s?(k)\s?(?=(?:a|an|per|/|each)\s?(?:year|yr|month|mo)\b)"
)
#: A bill said of right before the amount: "the bill dropped by a few hundred a month", "our bill is …".
_BILL_SAID = r"(?:bills?|invoices?)(?: \w+){0,3} (?:is|was|are|were|dropped|went|fell|rose|came|grew)(?: \w+){0,2}"
_AMOUNT_NEXT = r"\s+(?:us\s+|me\s+)?(?:about\s+|around\s+|roughly\s+|~\s?)?$"
#: Before an amount: what something they run already costs, not money they have for tools ("the recommender costs $40k a
#: month in GPU", "burns $30 of tokens on one request", "radiologists at around $200 an hour").
_A_COST = re.compile(r"(?<![a-z])(?:costs?|costing|burns?|burned|burnt|bill(?:ed|s)?|invoices?|charges?|paying|pays|"
                     r"at around|at about|" + _BILL_SAID + ")" + _AMOUNT_NEXT)
#: The same for an amount said in words, where only a bill says it is a cost ("a tool that costs a few thousand a
#: month is fine" is a budget; "the bill dropped by a few hundred a month" is not).
_A_BILL = re.compile(r"(?<![a-z])" + _BILL_SAID + _AMOUNT_NEXT)
#: After an amount: a rate or a price of something, not a budget ("$200 an hour", "$2 per GPU-hour", "$30 of tokens").
_A_RATE = re.compile(r"\s?(?:an|per|a|/)\s?(?:hour|hr|h|gpu[- ]hour|token|request|call|seat|user)\b|"
                     r"\s?of (?:tokens|compute|gpu)\b|"
                     r"\s?(?:a|per|/)\s?(?:month|mo)\s+(?:in|on|for)\s+(?:gpus?|compute|inference|tokens|api)")
_PER_YEAR = re.compile(r"^\s*(?:/|per|a|an|each)?\s*(?:year|yr|annum|annually|yearly)")


#: Where a clause about money ends: a sentence, or "but" turning from one sum to another ("GPU spend is ~$70k/month on
#: GCP, but the budget for MLOps tools is a separate pot of about $3k/month").
_CLAUSE_END = re.compile(_SENTENCE_END.pattern + r"|\bbut\b|\bwhile\b|\bwhereas\b")
#: A clause that says what something already costs them: a bill, compute, API calls, what they pay or spent ("our AWS
#: bill is about 40k/month", "~20k USD/month on OpenAI API calls", "we pay for W&B (~$40k/yr)", "$0 spent on
#: monitoring so far") ...
_SPENT_ON = re.compile(r"(?<![a-z])(?:bills?|billed|invoices?|compute|gpus?|instances|api calls?|tokens|"
                       r"burn\w*|spent|spend(?:ing)? (?:is|was|on|of)|(?:we|i|they) pay|paying|pays|"
                       r"(?:gpu|cloud|aws|gcp|azure|databricks|snowflake) spend)(?![a-z])")
#: ... unless it also says it is money for tools ("tool spend is … small, maybe $500 a month I can approve", "would pay
#: maybe $3-4k/month for something faster").
_FOR_TOOLS = re.compile(r"(?<![a-z])(?:budget\w*|tools?|tooling|software|licen[cs]es?|subscriptions?|saas|"
                        r"(?:can|could|would|willing to|happy to|able to) (?:\w+ )?(?:spend|pay|stretch|approve)|"
                        r"approve|cap(?:ped)?|max|ceiling|pot|afford)(?![a-z])")


def _spent_not_budget(low: str, at: int, to: int) -> bool:
    """Is the amount at low[at:to] what something already costs them rather than money they have for tools (said in
    its clause)?"""
    start, end = _span(low, at, to, _CLAUSE_END)
    clause = low[start:end]
    return _SPENT_ON.search(clause) is not None and _FOR_TOOLS.search(clause) is None


def _a_cost(low: str, start: int, *, reach: int = 30, cost: re.Pattern[str] = _A_COST) -> bool:
    """Do the words before an amount starting at `start` say what something costs them ("the recommender costs
    …", "the bill dropped by …")?"""
    return cost.search(low, max(0, start - reach), start) is not None


def _money_budget(text: _Text) -> Any:
    match = next((m for m in _MONEY.finditer(text.low)
                  if not _a_cost(text.low, m.start())
                  and not _A_RATE.match(text.low, m.end()) and not _spent_not_budget(text.low, m.start(), m.end())),
                 None)
    if match is None:
        return None
    amount = float((match.group(1) or match.group(3) or match.group(5)).replace(",", ""))
    amount *= {"k": 1e3, "m": 1e6}.get(match.group(2) or match.group(4) or match.group(6) or "", 1)
    tail = text.low[match.end() :]
    if _PER_YEAR.match(tail) or (amount >= 20_000 and not re.match(r"^\s*(?:/|per|a)\s*mo", tail)):
        amount /= 12
    if amount <= 0:
        return Budget.NONE
    # "up to $1k/month" is a small budget still; a few thousand a month is a medium one
    return Budget.LOW if amount <= 1000 else Budget.MEDIUM if amount < 10_000 else Budget.HIGH


def _table(base: dict[Any, tuple[str, ...]], extras: dict[Any, tuple[str, ...]]) -> dict[Any, tuple[str, ...]]:
    return {value: base.get(value, ()) + extras.get(value, ()) for value in {**base, **extras}}


@cache
def _known_words() -> re.Pattern[str]:
    tables: list[dict[Any, tuple[str, ...]]] = [
        lx.PERSONA, lx.PERSONA_SELF_ONLY, lx.CLOUD, lx.WORKLOAD, lx.FRUSTRATION, lx.FRUSTRATION_TOPIC, lx.STAGE,
        lx.BUDGET, lx.SCOPE, lx.MATURITY, *lx.ANSWER_EXTRAS.values(),
    ]  # fmt: skip
    phrases = [p for table in tables for ps in table.values() for p in ps]
    phrases += [*lx.KUBERNETES_YES, *lx.OPEN_SOURCE_YES, *lx.SELF_HOST_YES]
    return lx.phrase_pattern(tuple(phrases))


# -- reading -------------------------------------------------------------------------------------


def read(text: str, catalog: Catalog, *, answering: Question | None = None, llm_work: bool = False) -> Reading:
    """Every fact a message states, what it says is not so, and tool names it does not know.

    A short message is read once per process and remembered (people type the same option labels,
    critiques and commands over and over); each caller gets dicts of its own, and the values in them
    are immutable (strings, numbers, enums, tuples). `llm_work`: the profile already says they build LLM apps,
    so "what about evaluation?" is of the app.
    """
    text = clipped(text)
    about = (answering.id, answering.kind) if answering is not None else None  # all that reading uses of it
    if len(text) > MAX_REMEMBERED:
        return _read(text, catalog, about, llm_work)
    known = _remembered(text, catalog, about, llm_work)
    return replace(known, facts=dict(known.facts), dropped=dict(known.dropped))


#: What joins the tools of one list: "CVAT and Roboflow", "W&B, Neptune or Comet".
_LIST_JOIN = re.compile(r"\s*(?:,|and|or|&|\+|/)\s*(?:(?:and|or)\s+)?", re.IGNORECASE)


def _past_lists(text: str, mentions: list[Mention], every: list[Mention]) -> list[int | None]:
    """Where what is said of each tool (at its first mention) stops: where the next tool is named (`every`: each
    mention, also of a tool named before), past the other tools of its list, so that what is said after a list is said
    of each of them ("we glanced at CVAT and Roboflow but didn't go further")."""
    starts = sorted({m.start for m in every if m.tool_id not in WHOLE_CLOUDS})  # ("we fought it on AKS and …": a
    # cloud named by its service is where, not another tool)
    nexts: list[int | None] = []
    for mention in mentions:
        end = mention.end
        while True:
            following = next((s for s in starts if s >= end), None)
            if following is None or _LIST_JOIN.fullmatch(text, end, following) is None:
                break
            end = next(m.end for m in every if m.start == following)  # the next item of its list
        nexts.append(following)
    return nexts


#: A move from one tool to another, and what was moved ("moved it all", "switched over"): read between two tools
#: (_MOVED_TO_NEXT) and before the one moved to (_TOOK_INSTEAD).
_WHAT_MOVED = r"(?: (?:it|them|that|over|out|everything|all|it all))?"
_MOVED = r"(?:moved|switched|migrated|went|graduated|changed)" + _WHAT_MOVED
#: Between a tool and the next one named, a move to that one: "we had Airflow, then moved to Prefect", "ran W&B for a
#: year and migrated to MLflow".
_MOVED_TO_NEXT = re.compile(r"[^.;!?\n]{0,80}?(?<![a-z])" + _MOVED + r" (?:to|onto)\s+(?:the |a )?", re.IGNORECASE)


def _moved_on_from(text: str, mention: Mention, every: list[Mention], catalog: Catalog) -> bool:
    """Did they move from this tool to the next one named, a tool for the same job ("we had Airflow, then moved to
    Prefect")? (A move to a tool for another job leaves it in use: "we run Airflow and moved to Kubernetes".)"""
    successor = min((m for m in every if m.start >= mention.end), key=lambda m: m.start, default=None)
    if successor is None or _MOVED_TO_NEXT.fullmatch(text, mention.end, successor.start) is None \
            or successor.tool_id not in catalog or mention.tool_id not in catalog:
        return False
    return bool(set(catalog.get(mention.tool_id).primary_stages) & set(catalog.get(successor.tool_id).primary_stages))


MAX_REMEMBERED = 200  # longer messages are rarely typed twice, and would only fill the memory


def _read(text: str, catalog: Catalog, about: tuple[str, Kind] | None, llm_work: bool = False) -> Reading:
    field_id, kind = about if about is not None else (None, None)
    listing = kind is Kind.TOOLS
    every = find_tools(text, catalog, listing=listing, every=True)  # each mention; read once
    first: dict[str, Mention] = {}
    for mention in every:
        first.setdefault(mention.tool_id, mention)
    mentions = list(first.values())  # each tool at its first mention, as find_tools gives them by default
    nexts = _past_lists(text, mentions, every)
    choices = {(every[i].tool_id, every[i].start) for i in _asked_between(text, every)}
    asked = {i for i, m in enumerate(mentions) if (m.tool_id, m.start) in choices}
    # "Kubeflow is way too heavy for us": a tool they want to leave is read as "moving off Kubeflow" is, not theirs
    used = [m.tool_id for i, (m, until) in enumerate(zip(mentions, nexts, strict=True))
            if not m.negated and not _considered(text, m.start, until, named_to=m.end) and i not in asked
            and not _TOO_MUCH.match(text, m.end)]  # fmt: skip
    # a tool first named in a question ("DVC pipelines or a real orchestrator?") and then said to be in use ("we
    # already use DVC for data") is theirs: each later mention is read too
    used += _used_later(text, every, mentions, known=set(used), asked=choices)
    used = [tool for tool in used if not _moved_on_from(text, first[tool], every, catalog)]
    back = _taken_back(text)  # the words taken back are no answer
    kept = _blanked(text, back)
    words = _Text(kept)
    topics = _Text(_masked(kept, mentions))  # "Label Studio" names a tool, not a labeling need
    short = len(words.low.split()) <= 6  # "low", "both", "none": words that answer only as a short reply
    extras = lx.ANSWER_EXTRAS.get(field_id or "", {}) if short else {}
    facts: dict[str, Any] = {}
    dropped: dict[str, tuple[str, ...]] = {}
    size = read_number(words.raw) if field_id == "team_size" else team_size_in(words.low)
    named = tuple(lx.normal(text[m.start : m.end]).strip() for m in mentions)  # the tools as the message names them
    values: dict[str, Any] = {
        "persona": _persona(topics, extras if field_id == "persona" else {}, answering=field_id == "persona"),
        "team_size": size,
        "maturity": _maturity(words, extras if field_id == "maturity" else {}, wishes=field_id == "needs",
                              in_reply=field_id == "maturity" and not short),
        "cloud": _cloud(words, used, catalog, extras if field_id == "cloud" else {}),
        "kubernetes": _kubernetes(words, used, catalog),
        "open_source_only": _yes_no(words, lx.OPEN_SOURCE_NO, lx.OPEN_SOURCE_YES, lx.OPEN_SOURCE_SOFT),
        "self_hosted": _yes_no(words, lx.SELF_HOST_NO, lx.SELF_HOST_YES, lx.SELF_HOST_SOFT, skip=_hosting_of(named)),
        # (an amount in words after a bill is no budget: "the bill is a few hundred a month")
        "budget": _first([h for h in words.hits(_table(lx.BUDGET, extras if field_id == "budget" else {}))
                          if not _a_cost(words.low, h.start, reach=50, cost=_A_BILL)], words)
        or _money_budget(words),
        "scope_preference": _first(
            words.hits(_table(lx.SCOPE, extras if field_id == "scope_preference" else {})), words
        ),
    }
    facts.update({name: value for name, value in values.items() if value is not None})
    workload_table = _table(lx.WORKLOAD, extras if field_id == "workloads" else {})
    work_hits = [h for h in topics.hits(workload_table) if not _later_work(topics, h)]
    workloads = _all(work_hits, topics, unknowing=True)
    def word_of(hit: _Hit) -> str:
        return topics.low[hit.start : hit.end].strip()

    if Workload.LLM in workloads[0] and Workload.NLP in workloads[0]:  # what the LLM reads
        workloads = _unless_all(workloads, work_hits, Workload.NLP, lambda h: bool(lx.LLM_READS.fullmatch(word_of(h))))
    if Workload.COMPUTER_VISION in workloads[0] and _CONTAINER_TALK.search(topics.low):
        # "images come from our azurecr registry", "the agent pulls fractional-gpu images": where containers are
        # talked of, a bare "image" is a container's
        workloads = _unless_all(workloads, work_hits, Workload.COMPUTER_VISION,
                                lambda h: word_of(h) in ("image", "images") and not _PICTURES.match(topics.low, h.start)
                                and not _MANY.search(topics.low[max(0, h.start - 12) : h.start]))
    if Workload.COMPUTER_VISION in workloads[0] and _HIRING_TALK.search(topics.low):
        # "we rank CVs with a model", "same CV with a different name gets a different score": where hiring is talked
        # of, a bare "CV" is a résumé
        workloads = _unless_all(workloads, work_hits, Workload.COMPUTER_VISION, lambda h: word_of(h) in ("cv", "cv's"))
    if Workload.LLM in workloads[0] and (agents_of := _AGENT_TOOLS.search(words.low)):
        # "ClearML server on one box, agent on another", "enqueue a task → agent spins up the container": after a
        # tool that runs its own agents is named, a bare "agent" is that tool's, not an LLM agent
        after = agents_of.start()
        workloads = _unless_all(workloads, work_hits, Workload.LLM,
                                lambda h: word_of(h) in ("agent", "agents") and h.start > after)
    if Workload.SPEECH in workloads[0] and _WRITTEN_PAGES.search(topics.low):
        # "handwritten ledgers: line detection, transcription, then table extraction", "which model version transcribed
        # which page": where written pages are talked of, what is transcribed is writing, not speech
        workloads = _unless_all(workloads, work_hits, Workload.SPEECH, lambda h: word_of(h).startswith("transcri"))
    if Workload.LLM in workloads[0] and _IMAGE_GENERATION.search(topics.low):
        # "which prompt, seed and checkpoint made a given image" with Stable Diffusion: an image model's prompt
        workloads = _unless_all(workloads, work_hits, Workload.LLM, lambda h: word_of(h) in ("prompt", "prompts"))
    lists = {
        "workloads": workloads,
        "frustrations": _frustrations(topics, field_id == "frustrations"),
        "needs": _needs(topics, field_id == "needs", free=kind is None or kind is Kind.OPEN, tools=named,
                        of_pains=field_id == "frustrations",
                        table=lx.LLM_WORK_STAGE if llm_work or Workload.LLM in workloads[0] else lx.STAGE),
    }
    sought = _jobs_sought(text, mentions, nexts, catalog, asked, using=set(used), every=every)
    said_needs, unsaid_needs = lists["needs"]
    if field_id != "needs" and Frustration.STUCK_IN_NOTEBOOKS in lists["frustrations"][0] and \
            not _NOTEBOOK_PLACE.search(topics.low) and not _notebooks_asked_apart(topics):
        # "get us off emailed notebooks", "the notebooks. nothing ever leaves them": notebooks named as the pain
        # are not a wish for more of them (a shared notebook environment is)
        said_needs = [s for s in said_needs if s is not Stage.NOTEBOOKS]
    unwatched = not _MODEL_WATCHED.search(topics.low)  # nothing says a model of their own drifts
    if lists["workloads"][0] == [Workload.LLM] and Stage.MODEL_MONITORING in said_needs and unwatched:
        said_needs = list(watching_the_app(said_needs))  # "we need monitoring for our chatbot"
    lists["needs"] = (list(dict.fromkeys([*said_needs, *(s for s in sought if s not in unsaid_needs)])), unsaid_needs)
    if back:  # "forget LLMs, this is tabular": what the taken-back words named comes out of the lists
        taken = _Text(_masked(_blanked(text, back, keep=True), mentions))
        lists = {name: (said, [*unsaid, *(v for v in again if v not in said and v not in unsaid)])
                 for (name, (said, unsaid)), again in zip(lists.items(), (
                     _all(taken.hits(workload_table), taken)[0], _frustrations(taken, False)[0],
                     _all(taken.hits(lx.STAGE), taken)[0]), strict=True)}  # (a job once asked for, said bare)
    for name, (said, unsaid) in lists.items():
        if said:
            facts[name] = tuple(said)
        if unsaid:
            dropped[name] = tuple(unsaid)
    used += _suite_parts(text, mentions, used)
    stack = [tool for tool in used if tool not in NOT_STACK]  # Kubernetes is the kubernetes answer; a cloud, the cloud
    if stack or (field_id == "current_stack" and used):  # "we use Kubernetes", asked for tools: none besides
        facts["current_stack"] = tuple(stack)
    gone = [m.tool_id for m in mentions if m.negated and m.tool_id not in NOT_STACK]
    if gone:
        dropped["current_stack"] = tuple(gone)
    left_out = tuple(m.tool_id for m in mentions
                     if m.negated and _LEAVE_OUT.search(text[max(0, m.start - 30) : m.start]))  # fmt: skip
    # "a free alternative to W&B", "moving off Airflow": the tool they want to move from is no pick
    # (a cloud or Kubernetes is where they run, never a pick: leaving one is said in those answers)
    instead_of = tuple(m.tool_id for m in mentions if m.tool_id not in NOT_STACK and (_named_to_leave(text, m)
                       or _TOO_MUCH.match(text, m.end)  # "Kubeflow is way too heavy for us": what they want to leave
                       # "LangSmith hit its trace quota … want something we can run ourselves", "langsmith bill
                       # growing every month … looking OSS alternative": straining, the one to replace
                       or _STRAINED.match(text, m.end) is not None and _OWN_INSTEAD.search(text) is not None
                       or _off_it(text, m, mentions)))
    unknown = unknown_names(text, catalog, listing=listing, known=_known_words())
    # libraries ("just pytorch and sklearn") and software that is no ML tool ("churn models behind FastAPI, features
    # in Postgres"), named anywhere: said back as what they are, never dropped in silence
    saying = {name.lower() for name in unknown}
    for name in (*libraries_named(text), *others_named(text, within=[(m.start, m.end) for m in mentions])):
        if name.lower() not in saying:
            saying.add(name.lower())
            unknown.append(name)
    correcting = bool(back) or lx.CORRECTION.search(words.low) is not None  # (with nothing taken back, all is read)
    beside: tuple[str, ...] = ("cloud",) if "cloud" in facts and _said_beside(words, lx.CLOUD.get(facts["cloud"], ())) \
        else ()
    if "persona" in facts and not correcting and _role_of_the_team(topics, facts["persona"]):
        beside += ("persona",)  # "we're 6 devs on azure", after "product manager here": their role stays theirs
    plain = Stage.MODEL_MONITORING in facts.get("needs", ()) and unwatched \
        and not re.search(r"(?<![a-z])models?(?![a-z])", topics.low)  # "Model monitoring", the option's label
    guards = Stage.GOVERNANCE in facts.get("needs", ()) and lx.GUARDRAIL_WORDS.search(topics.low) is not None \
        and lx.MODEL_OVERSIGHT_WORDS.search(topics.low) is None
    return Reading(facts=facts, dropped=dropped, unknown_tools=tuple(unknown), correcting=correcting,
                   left_out=left_out, beside=beside, instead_of=instead_of, plain_monitoring=plain, guards_app=guards)


def _taken_back(text: str) -> list[tuple[int, int]]:
    """Where the message takes back what was said before ("scratch what I said about AWS", "forget LLMs")."""
    spans = []
    for match in lx.TAKEN_BACK.finditer(text):
        group = next(g for g in lx.TAKEN_BACK.groupindex if match.group(g) is not None)
        spans.append(match.span(group))
    return spans


def _blanked(text: str, spans: list[tuple[int, int]], *, keep: bool = False) -> str:
    """The text with the spans blanked (`keep`: with all but the spans blanked); its offsets unchanged."""
    chars = list(text) if not keep else [" "] * len(text)
    for start, end in spans:
        chars[start:end] = [" "] * (end - start) if not keep else list(text[start:end])
    return "".join(chars)


def _unless_all(workloads: tuple[list[Any], list[Any]], hits: list[_Hit], workload: Workload,
                said_so: Callable[[_Hit], bool]) -> tuple[list[Any], list[Any]]:
    """The kinds of work read, without one whose every word (hit) is said so as to mean something else (`said_so`):
    the caller has checked that the work was read and that the message talks of that other meaning."""
    if all(said_so(h) for h in hits if h.value is workload):
        return _leaving_out(workloads, workload)
    return workloads


def _leaving_out(workloads: tuple[list[Any], list[Any]], workload: Workload) -> tuple[list[Any], list[Any]]:
    """The kinds of work read, without one the words turned out not to mean ("agent" of ClearML's, a container's
    "image")."""
    return [w for w in workloads[0] if w is not workload], workloads[1]


#: Talk of containers, where a bare "image" is a container's, not a picture: docker, pods, registries, Helm, Bento.
_CONTAINER_TALK = re.compile(r"(?<![a-z])(?:docker\w*|containers?|containeri[sz]\w*|kubernetes|k8s|kuberay|pods?|"
                             r"harbor|registry|registries|ecr|acr|gcr|azurecr|helm|bentos?|bentoml|compose|"
                             r"dockerfiles?|podman|apptainer|singularity)(?![a-z])")


#: Talk of generating images, where a bare "prompt" is an image model's: Stable Diffusion, SDXL, ComfyUI, Midjourney.
_IMAGE_GENERATION = re.compile(r"(?<![a-z])(?:stable diffusion|sdxl|sd ?1\.5|comfy ?ui|midjourney|dall-?e|"
                               r"automatic1111|text-to-image|image generation|image-gen|generated images|"
                               r"generate (?:\w+ )?images)(?![a-z])")


#: Tools that run work through agents of their own (ClearML's, a CI server's, a W&B sweep's), after which a bare
#: "agent" is theirs.
_AGENT_TOOLS = re.compile(r"(?<![a-z])(?:clearml|buildkite|jenkins|teamcity|bamboo|azure pipelines|azure devops|"
                          r"gitlab runners?|octopus|puppet|nomad|(?:w&b |wandb )?sweeps?)(?![a-z])")


#: Writing on paper or scanned: what is transcribed there is writing.
_WRITTEN_PAGES = re.compile(r"(?<![a-z])(?:handwrit\w*|ocr|htr|manuscripts?|scans|scanned|ledgers|parish registers|"
                            r"birth registers|census images)(?![a-z])")
#: Words of hiring, beside which a "CV" is a résumé.
_HIRING_TALK = re.compile(r"(?<![a-z])(?:r[eé]sum[eé]s?|candidates?|applicants?|recruit\w*|"
                          r"screen(?:ing|er|ers)|talent|job (?:descriptions?|postings?|ads?|boards?|roles?)|"
                          r"cover letters?|four-fifths|cv[- ](?:screening|parsing|parser|ranking))(?![a-z])")
#: An image that is a picture even among containers: "the image classifier", "image tagging", and many of them
#: ("50M images", "40k images"), or pictures of something ("defect images", "product images").
_PICTURES = re.compile(r"images? (?:classif\w*|tagg\w*|moderation|recognition|search|generation|gen\b|captioning|"
                       r"datasets?|labels?|label+ing|annotation|similarity|quality)")
_MANY = re.compile(r"(?:\d[\d,.]*\s?[km]|thousands of|millions of|defect|product|medical|satellite|camera|x-ray|"
                   r"scanned|labeled|labelled|unlabeled|unlabelled) $")


#: Words that add a thing to what was said before rather than put it in its place: "we also have a small AWS
#: account", "some GCP too", "plus a bit of Azure".
_BESIDE = re.compile(r"(?<![a-z])(?:also|too|as well|in addition|additionally|plus|a bit of|a little|on the side)"
                     r"(?![a-z])")


def _said_beside(text: _Text, phrases: tuple[str, ...]) -> bool:
    """Is the value these phrases name said in a sentence that adds it ("we also have …")?"""
    found = text.hits({True: phrases})
    return bool(found) and _BESIDE.search(text.low[slice(*_sentence(text, found[0]))]) is not None


_remembered = lru_cache(maxsize=4096)(_read)


#: Words that weigh a tool for adoption: "considering Encord or Labelbox", "thinking about Feast", "Feast vs …"
#: (narrower than _CONSIDER: "a tracker like MLflow" or "e.g. Feast" name an example, not a tool weighed).
_WEIGHING = re.compile(r"(?<![a-z])(?:consider\w*|evaluat(?!es\b)\w*|looking at|thinking(?: about| of)?|compar\w*|"
                       r"vs\.?|"
                       # "we need something like Feast", "want a tracker like MLflow"
                       r"(?:want|need|looking for)(?:s|ed)? (?:(?:something|a tool|an? [\w-]+) )?like|"
                       # "is there something like wandb but free", "same like Weights & Biases but self hosted"
                       r"(?:(?:is|are) there|any(?:thing)?|what(?:'s| is)) (?:\w+ )?(?:like|similar to)|"
                       r"(?:^|(?<=[.!?] ))same like|"
                       r"differences? between|pros and cons of|"
                       r"weigh(?:ing)?|(?:decid\w*|choos\w*|chose|torn|pick\w*) between|on the fence|"
                       r"versus|trial\w*|should we (?:use|adopt|go with|pick)|shortlist\w*|"
                       # "a vendor pitched us SageMaker Feature Store", "anyone running Feast with BigQuery?", "should
                       # we build more gold tables or use the Databricks feature store?"
                       r"pitch(?:ed|ing)?(?: (?:us|me|the team))?|(?:has |does |is )?anyone (?:here |actually )?"
                       r"(?:running|using|use|used|tried|run)|or (?:just )?(?:use|go with|buy|adopt)|"
                       # "an open-source alternative to W&B": what W&B does is asked for, from another tool
                       rf"{_INSTEAD})(?![a-z])")  # fmt: skip


#: Said right after a tool's name, setting it against another: "MLflow vs …", "W&B versus …", "Comet compared to …"
#: (not VS Code, the editor).
_VERSUS = re.compile(r"(?:\s+(?:Pipelines|Launch|Serving|Registry|Server|Cloud|Endpoints|Tracking|Weave|Feature Store|"
                     r"Studio|Jobs|Workflows|Enterprise|OSS|open source|self-hosted|managed|"
                     # a part of it named: "azure ML data labeling vs label studio"
                     r"data labell?ing|labell?ing|pipelines|serving|tracking|registry|monitoring|evals?))?"
                     r"\s*(?:vs\.?(?! ?code)|versus|compared (?:to|with))(?![a-z])", re.IGNORECASE)
#: After a tool's name, a list of options ending in "or something": "airflow or prefect or smth", "dagster or sth".
_OR_SOMETHING = re.compile(r"(?:\s*(?:,|/|or)\s*[\w.&+-]+(?: [\w.&+-]+)?){0,3}?,?\s*or (?:smth|sth|something|"
                           r"whatever|anything|similar|the like)(?![a-z])", re.IGNORECASE)
#: A tool named as an example of what is wanted: "want KServe or similar", "MLflow or something like it".
_SIMILAR = re.compile(r"or (?:something |anything )?(?:similar|equivalent|the like|like (?:it|that))(?![a-z])")
#: A tool at least this far towards all-in-one on the landscape map is a platform, not one job's tool.
WHOLE_PLATFORM = 0.5


def _used_later(raw: str, every: list[Mention], first: list[Mention], *, known: set[str],
                asked: set[tuple[str, int]]) -> list[str]:  # fmt: skip
    """Tools whose first mention is not use but a later one is: "whats DVC for? we already use DVC for data"."""
    skip = {(m.tool_id, m.start) for m in first} | asked
    later = [m for m in every if (m.tool_id, m.start) not in skip and m.tool_id not in known]
    if not later:
        return []
    starts = sorted(m.start for m in every)
    found = []
    for mention in later:
        until = next((s for s in starts if s > mention.start), None)
        if not mention.negated and not _considered(raw, mention.start, until, named_to=mention.end):
            found.append(mention.tool_id)
    return list(dict.fromkeys(found))


#: What joins two tools asked between: "MLflow or W&B?", "Feast vs Tecton?", "Milvus / Vespa?", and the commas of
#: a longer choice ("KServe, Seldon v2 or BentoML?").
_BETWEEN = re.compile(r"\s*(?:v?\d[\w.]*\s*)?(?:(?:in|on|with|via) [\w./-]+\s*)?(?:,\s*)?"
                      r"(?:or|vs\.?|versus|/|(?:or\s+)?(?:just|maybe|even|simply))\s*$",
                      re.IGNORECASE)  # "Seldon v2 or", "Pinecone, Qdrant, just pgvector?", "deepeval in CI or"
_IN_A_CHOICE = re.compile(r"\s*(?:v?\d[\w.]*\s*)?,\s*$")
#: Words after a tool that weigh it: "is Vertex AI Pipelines worth it", "is KServe overkill", "is DVC still the answer".
_WEIGHED_AFTER = re.compile(r"\s*(?:[\w.-]+\s+){0,3}?(?:worth it|overkill|any good|still the answer|"
                            r"a good (?:fit|idea|choice)|still maintained|still supported|still alive)", re.IGNORECASE)


def _asked_between(raw: str, mentions: list[Mention]) -> set[int]:
    """The mentions (by position) of tools a question asks between ("MLflow or W&B for logging runs??",
    "KServe, Seldon v2 or BentoML?") or about ("is Ray worth it …?"): weighed, not used."""
    asked: set[int] = set()

    def a_question(after: int) -> bool:
        end = _MARK.search(raw, after)
        return end is not None and end.group(0) == "?"

    def theirs_after(after: int) -> bool:
        """Is it asked about, and the next sentence says it is theirs ("? we use it for 200GB of training data")?"""
        end = _MARK.search(raw, after)
        return end is not None and end.group(0) == "?" and _USING_IT.match(raw, end.end()) is not None

    for i, mention in enumerate(mentions):
        if _WEIGHED_AFTER.match(raw[mention.end :]) and a_question(mention.end) and not theirs_after(mention.end):
            asked.add(i)

    def to_pick(chain: list[int]) -> bool:
        """Is a list of tools no one says they use one still to be chosen from, as said after it?"""
        if len(chain) < 2:
            return False
        first, last = mentions[chain[0]], mentions[chain[-1]]
        clause = _clause_before(raw[: first.start])  # (not "we pay for W&B, Comet AND Neptune … which one stays?")
        return _PICK_ONE.search(raw, last.end) is not None and _last(_USAGE, clause) < 0 \
            and not _THEIRS_ANYWAY.search(clause)

    chain = [0]  # the mentions of the choice being read: joined by commas until an "or" closes it
    for i in range(len(mentions) - 1):
        between = raw[mentions[i].end : mentions[i + 1].start]
        if _IN_A_CHOICE.match(between):
            chain.append(i + 1)
            continue
        if _BETWEEN.match(between) and a_question(mentions[i + 1].end):
            asked.update((*chain, i + 1))
        elif to_pick(chain):
            asked.update(chain)  # "mlflow, kubeflow, metaflow... I'm determined to pick one this week. which first?"
        chain = [i + 1]
    if to_pick(chain):
        asked.update(chain)
    return asked


#: The first mark that ends what is said after a tool: a question mark ends a question about it.
_MARK = re.compile(r"[.;!?\n]")
#: After a list of tools, a choice still to make among them: "pick one", "which one first?", "which of these".
_PICK_ONE = re.compile(r"(?<![a-z])(?:(?:pick|choose|chose|select) (?:one|just one|the right one)|"
                       r"which (?:one|first|of (?:them|these|those|the \w+))|so many (?:options|choices|tools|\w+s)\b)",
                       re.IGNORECASE)


def _jobs_sought(
    raw: str, mentions: list[Mention], nexts: list[int | None], catalog: Catalog,
    asked: frozenset[int] | set[int] = frozenset(), *, using: set[str] | frozenset[str] = frozenset(),
    every: Sequence[Mention] = (),
) -> list[Stage]:  # fmt: skip
    """The main job of each tool named as one they want a tool for:
    - one they are weighing for adoption ("Considering Encord or Labelbox" asks for labeling), unless they gave it
      up ("we tried Kubeflow and gave up") or say they use it ("the difference between DVC pipelines and an
      orchestrator? we already use DVC for data"); a whole platform weighed ("Vertex AI vs. Databricks") is not
      weighed for one job;
    - then one they want to move off ("replace Pinecone with something self-hosted", "move our search off of
      Elasticsearch"), at any mention ("we use DVC … anything lighter than DVC?"), or say is straining, asking about
      it ("pgvector is getting slow past 10M chunks. ideas?")."""
    asks = "?" in raw or lx.NEED_ASK.search(raw.lower()) is not None or _OWN_INSTEAD.search(raw) is not None
    weighed, outgrown = [], []
    for position, (mention, until) in enumerate(zip(mentions, nexts, strict=True)):
        tool = catalog.get(mention.tool_id)
        if not tool.primary_stages or tool.scope > WHOLE_PLATFORM:
            continue
        said_after = _ENDS_ASKED.split(raw[mention.end : until])[0]
        leaving = any(_named_to_leave(raw, m)
                      for m in (mention, *(m for m in every if m.tool_id == tool.id and m.start > mention.start)))
        if leaving or tool.id in using and not mention.negated and asks and _STRAINED.match(said_after):
            outgrown.append(tool.primary_stages[0])
        if mention.negated or not tool.adoptable or tool.id in using:
            continue
        clause = _clause_before(raw[: mention.start])
        after = _ENDS.split(raw[mention.start : until])[0]
        said_next = after[mention.end - mention.start :].lstrip().lower()
        weighed_after = _VERSUS.match(said_next) or _SIMILAR.match(said_next)  # "Feast vs …", "KServe or similar"
        # (a weighing that ends in a word of use weighs: "anyone running Feast?", "should we use Feast")
        weighing = _last(_WEIGHING, clause)
        if (weighing >= 0 and weighing >= _last(_USAGE, clause) or weighed_after or position in asked
                or _WANTED_TOOL.search(clause)) and not _ABANDONED.search(after) \
                and not _ABANDONED_ALL.search(_ENDS_ASKED.split(raw[mention.start :])[0]) \
                and not _weighed_for_another_job(raw, mention, tool, said_next):
            weighed.append(tool.primary_stages[0])
    return list(dict.fromkeys([*weighed, *outgrown]))


def _weighed_for_another_job(raw: str, mention: Mention, tool: Tool, said_next: str) -> bool:
    """Is a tool weighed for another job than its own, said right after it: a likeness ("something like git but for
    models": how the wanted tool should work), or the job it is weighed for ("Metaflow vs Flyte vs Prefect for ML
    pipelines")?"""
    if _ANALOGY.match(said_next) and (said_next.lstrip("'\" ").startswith("but ")
                                      or tool.primary_stages[0] in _LIKENED):
        return True
    job = _FOR_A_JOB.match(_ENDS.split(raw[mention.end :])[0].lstrip().lower())
    named = {stage for _, _, stage in lx.phrase_hits(lx.normal(job.group(1)), lx.STAGE)} if job else set()
    return bool(named) and tool.primary_stages[0] not in named


#: Right after a tool's name, or after the others it is set against, the job it is weighed for: "… Prefect for ML
#: pipelines", "comet vs W&B for hyperparameter sweeps".
_FOR_A_JOB = re.compile(r"(?:(?:vs\.?|versus|or|,)\s*[\w&.+-]+\s*){0,3}(?:but )?for ([^.;!?,]{1,40})")
#: The jobs of tools people liken other things to (git, GitHub, Docker: "git for data", "docker for models").
_LIKENED = frozenset({Stage.SOURCE_CONTROL, Stage.CI_CD, Stage.CONTAINERS})
#: Right after a tool's name, what else it should be made for: "git for tables", "github but for models", "W&B but for
#: LLMs": a likeness, not the tool or its job, when said with "but" or of a tool of _LIKENED ("Feast for features" is
#: Feast for its own job).
_ANALOGY = re.compile(r"['\"]?\s*(?:but )?for (?!(?:our|my|the|their|your|all|these|those)\b)(?:\w+ )?"
                      r"(?:tables|data|datasets|models?|ml|prompts|notebooks|features|llms?|agents|images|embeddings|"
                      r"pipelines)\b")


#: Right before a tool they do not run, their own wish to have it: "we want to set up MLflow", "I want MLflow tracking
#: deployed the same way", "we'd like to add Feast": what it is built for is what they want (not "do we need
#: Kubernetes?", a question, nor what others want or say they need: "everyone on Reddit says I need MLflow").
_WANTED_TOOL = re.compile(r"(?<![a-z])(?<!do )(?<!says )(?<!say )(?<!said )(?<!me )(?<!us )(?<!think )(?<!thinks )"
                          r"(?:we|i)(?:'d like| would like| (?:really |still |also |just |now )?"
                          r"(?:want|need|plan|hope|are planning|am planning|are hoping))(?: to)? "
                          r"(?:(?:set up|setup|add|adopt|introduce|deploy|install|roll out|bring in|stand up|spin up|"
                          r"get) )?(?:a |an |the |some )?$")


#: A plan's ceiling hit: "hit its monthly trace quota", "keeps hitting trace caps on the free tier".
_CEILING = (r"(?:(?:hit|hits|keeps? hitting|is hitting|exceed\w*) (?:its |a |the |our )?(?:\w+ ){0,2}(?:quotas?|caps?)"
            # "trace limit hit on dev", "monthly trace limit exceeded again"
            r"|(?:quotas?|caps?|limits?) (?:hit|exceeded|reached)\b)")
#: After such a ceiling (or another strain, _STRAINED), a wish for something of their own in its place: "want
#: something we can run ourselves".
_OWN_INSTEAD = re.compile(r"what (?:do|did|should) (?:people|teams|folks|others|you all|y'all|we) (?:move|switch|"
                          r"migrate|go) to|"
                          r"something (?:else|we (?:can )?(?:run|host|self-host)|(?:self-)?host(?:ed)?|of our own|"
                          # "looking OSS alternative we can run ourself"
                          r"open[- ]source)|(?:oss|open[- ]source|self-?hosted) alternatives?|alternatives? we can "
                          r"(?:run|host|self-host)|"
                          # "we want a cheaper vector database", "looking for something cheaper"
                          r"(?:a |something )?cheaper (?:[\w-]+ ){0,2}(?:db|database|store|tool|option|service|one|"
                          r"alternative|provider|tracker|platform|server|setup)s?\b|something cheaper",
                          re.IGNORECASE)


#: Said right after a tool they run, that it no longer copes: "is getting slow", "falls over", "doesn't scale".
_STRAINED = re.compile(r"\s*(?:(?:is|are|'s|keeps|has been|have been)\s+)?(?:getting\s+|becoming\s+|already\s+)?"
                       r"(?:(?:too|really|very|painfully|super|so)\s+)?(?:slow|expensive|flaky)\b|\s*(?:[\w'-]+\s+){0,2}"
                       r"(?:falls? over|can't keep up|cannot keep up|doesn't scale|does not scale|won't scale|"
                       r"struggl\w+|chok\w+|hits? (?:its |a )?(?:limits?|wall)|"
                       r"bill (?:(?:is |keeps )?growing|grows|tripled|doubled|exploded)|"
                       # "Pinecone bill went from 100 to 3000 a month"
                       r"bill (?:went|jumped|grew|shot) (?:up )?from|"
                       # "our wandb bill is getting silly"
                       r"bill (?:is |keeps )?(?:getting |becoming )?(?:silly|insane|ridiculous|crazy|huge|absurd|"
                       r"out of (?:hand|control))|"
                       + _CEILING + ")", re.IGNORECASE)


#: Right before a verb that would ask for a tool ("set up", "add"), that it is done: "I have set up mlflow server".
_DONE_ALREADY = re.compile(r"(?<![a-z])(?:have|has|had|'ve|'d)(?: already| just| recently| finally)?\s*$")
#: "get" of something done, not of something wanted: "models get logged to MLflow", "runs get tracked in W&B".
_GETS_DONE = re.compile(r"\s+(?:\w+ed|built|run|written|sent|kept|done)\b")


#: A suite named by its own name, then its parts: "Azure DevOps for repos and pipelines", "Azure DevOps (Repos +
#: Pipelines)", "Azure DevOps for everything". The suite's name is an alias of one part (Azure Pipelines); the
#: other parts said right after it are theirs too.
_SUITE_PARTS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "azure devops": (("azure-repos", re.compile(r"^[^.;!?\n]{0,40}?\b(?:repos?|everything)\b", re.I)),),
}


def _suite_parts(raw: str, mentions: list[Mention], used: list[str]) -> list[str]:
    """The other parts of a suite they use, when the message names them right after the suite's name."""
    found: list[str] = []
    for mention in mentions:
        parts = _SUITE_PARTS.get(raw[mention.start : mention.end].strip().lower())
        if parts is None or mention.tool_id not in used:
            continue
        found += [part for part, said in parts if said.search(raw[mention.end :]) and part not in used + found]
    return found


#: A tool used in the past, until something ended it: "we were on neptune.ai for tracking until they shut down".
_WERE_ON = re.compile(r"(?<![a-z])(?:we|i) (?:were|was) (?:\w+ )?(?:on|using|with)(?: (?:the|a|an|their|its|our|my))?"
                      r"(?: (?:free|paid|old|hosted|cloud|team|enterprise|pro|basic|starter))?\s*$")
#: A tool used in the past: "we used to run our RAG prototype on Pinecone (but moved to pgvector)", unless the clause
#: comes back to now ("we used to self-host it and still do"); not one they are used to ("we're used to MLflow").
#: The same in the simple past: "we used Neptune for tracking until they shut the hosted service down".
_WE_USED = re.compile(r"(?<![a-z])(?:we|i) used\s*$")
_USED_TO = re.compile(r"(?<![a-z])(?<!'re )(?<!'m )(?<!are )(?<!am )(?<!got )(?<!get )(?<!getting )used to(?![a-z])")
#: Right before a name, the move to it from what was used: "we used to use W&B, dropped it for MLflow", "used to run
#: Airflow, then switched to Dagster".
_TOOK_INSTEAD = re.compile(r"(?<![a-z])(?:(?:dropped|ditched|replaced|swapped)" + _WHAT_MOVED + "|" + _MOVED + ")"
                           r" (?:for|to|onto|with|by|in favou?r of)\s*$")
_STILL = re.compile(r"(?<![a-z])(?:now|today|currently|still)(?![a-z])")
_UNTIL = re.compile(r"(?<![a-z])until(?! now)(?![a-z])")
#: Right after a name, a few words at most, then another employer's: "W&B at my last job", ", at my previous company".
_ELSEWHERE_AFTER = re.compile(r"[ ,]*[\w .&+-]{0,30}?(?:" + lx.ELSEWHERE.pattern + ")")
#: Right before a name, words that set it apart from what is theirs: "AWS Lambda (not to be confused with Lambda Labs)".
_NOT_THIS = re.compile(r"(?<![a-z])(?:not to be confused with|as opposed to|(?:nothing|not anything) to do with"
                       r"(?: the)?)\s*$")


#: A plan or a wish whose own words bring the tool in: "we plan to serve Mistral with vLLM", "we'd like full MLOps
#: with MLflow on top", "they want to serve Llama with the Hugging Face runtime" (not a tool they have that the wish
#: must fit or keep: "we'd like a registry that works with MLflow", "we want to keep going with MLflow"); and a tool
#: weighed with another: "looking at Feast with Redis as the online store", "evaluating Triton with TensorRT-LLM".
_PLANNED_WITH = re.compile(r"(?<![a-z])(?:(?:(?:we|i|they) (?:plan|intend|want|hope|aim) to|"
                           r"(?:we|i)'d (?:also |really )?like|(?:we|i) would (?:also |really )?like)(?: [\w-]+){1,5}"
                           r"(?<!works)(?<!integrates)(?<!compatible)(?<!plays)(?<!nicely)(?<!well)(?<!along)(?<!integrate)(?<!connect)"
                           r"(?<!going)(?<!stick)(?<!stay)(?<!continue) with|"
                           r"(?:looking (?:at|into)|considering|evaluating|reviewing|trialling|trialing|"
                           r"benchmarking|comparing|(?:need|want|have|plan)(?:s|ed)? (?:to )?compare)"
                           r"(?: [\w.-]+){1,8} (?:with|against)|"
                           # "I want to try Llama on RunPod": where the thing tried would run is tried too
                           r"(?:want|wants|wanted|'d like|would like) to (?:try|test)(?: out)?(?: [\w.-]+){1,3} "
                           r"(?:on|with))"
                           r"(?: the| a| an)?\s*$")  # not a comparison made with it: "we compare runs with lm-eval"
#: A move they want to make, with everything named after it in the sentence: "we want to move to a self-hosted
#: open model on a rented GPU with vLLM" (until someone is the subject again: "…, and we run MLflow").
_MOVE_PLANNED = re.compile(r"(?<![a-z])(?:we|i) (?:want|plan|intend|hope|aim|would like|'d like|need) to (?:move|"
                           r"switch|migrate|go over|transition|port)(?: \w+)? (?:to|onto)(?![a-z])")
_SOMEONE = re.compile(r"(?<![a-z])(?:we|i|they|our|my)(?![a-z])")
#: Where what is said of a tool ends: a sentence's or clause's end, not the dot of a version ("Kubeflow 0.7 on our
#: OpenShift 4.2 cluster … gave up"); with a question's end too.
_ENDS = re.compile(r"[;!\n]|(?<!\d)\.|\.(?!\d)")
_ENDS_ASKED = re.compile(_ENDS.pattern + r"|\?")


def _considered(raw: str, start: int, until: int | None = None, *, named_to: int | None = None) -> bool:
    """Is a tool named as something wanted or weighed ("looking at MLflow"), not something used?
    `until`: where the next tool is named; what is said of how a tool went stops there; `named_to`: where its name
    ends."""
    if named_to is not None and _VERSUS.match(raw, named_to) and raw[:start].count("(") <= raw[:start].count(")"):
        # "mlflow vs comet", "MLflow versus the rest": weighed against another, whether known or not (an aside says
        # what each side runs: "totally different stacks (SageMaker vs Databricks)")
        return True
    clause = _clause_before(raw[:start])
    named = start if named_to is None else named_to  # a dot in the name is no sentence's end ("Union.ai")
    rest = raw[start:named] + _ENDS.split(raw[named:until])[0]
    end = re.search(r"[.;!?\n(]|\bbut\b", raw[start:until])  # "Vertex AI endpoint, (vllm maybe?)": not asked
    if _ABANDONED.search(rest):
        return True  # "we tried Kubeflow and gave up"
    if _not_here(clause):
        return True  # "at my last job we had a full Kubeflow setup": another team's tools; "if we got a GPU server,
        # would ollama be good enough?": what they would do, not what they run
    if _ELSEWHERE_AFTER.match(rest):
        return True  # "tried W&B at my last job, loved it": another employer's
    if max(_last(_TRIED, clause), _last(_LOOKED, clause)) > _last(_USAGE, clause) and _DISLIKED.search(rest):
        return True  # "we tried Feast but the online store was painful", "looked at Kubeflow, it was too heavy"
    if _last(_TRIED, clause) > _last(_USAGE, clause) and _ABANDONED.search(_ENDS_ASKED.split(raw[start:])[0]):
        return True  # "tried self hosting clearml on a tiny EC2 and elastic kept dying, gave up": past another name
    if _last(_TRIED, clause) > _last(_USAGE, clause) and _SWITCHED_AWAY.search(rest):
        return True  # "tried deploying vLLM on our node, couldn't get the model to fit, and switched to llama.cpp"
    if _STARTED_ON.search(clause) and _MOVED_ON.search(rest):
        return True  # "we started on Google Colab Pro, moved to Lambda Cloud": where they began, not where they are
    if _OTHER_TEAMS.search(clause) and not _WE.search(clause[_last(_OTHER_TEAMS, clause) :]) \
            or _NOT_OURS.search(re.split(r"[.!?\n,]", raw[start : min(until or len(raw), start + 160)])[0]):
        return True  # "GenAI teams in another department are spinning up with LangChain", "the data team uses Hudi
        # for the lake; we don't touch it"
    after = _ENDS_ASKED.split(raw[named:])
    said_next = after[1].lstrip() if len(after) > 1 else ""  # the next sentence; its first word is no name
    gone = _GONE_IT.search(said_next) if _WE_DID.match(said_next) else None
    if gone is not None and not _A_NAME.search(said_next[: gone.start()]) \
            and (until is None or raw.find(said_next, named) + gone.start() < until):
        return True  # "bought into the full Kubeflow dream in 2022; we spent months fighting it and ripped it out"
    if _EXISTS.match(rest) or _READ_OF.match(rest):
        return True  # "I know Optuna exists", "Langfuse seems to have unlimited users": read of, not run
    if _OR_SOMETHING.match(raw, named_to if named_to is not None else start):
        return True  # "orchestrate ~10 batch jobs, airflow or prefect or smth": options, not theirs
    if _NOT_THIS.search(clause):
        return True  # "not to be confused with Lambda Labs": named to say it is not the one meant
    if (_WERE_ON.search(clause) or _WE_USED.search(clause)) \
            and _UNTIL.search(re.split(r"[;!?\n]|\.(?:\s|$)", raw[start:until])[0]):
        return True  # "we were on neptune.ai until they shut down", "we were using W&B until the price went up"
    used = _last(_USED_TO, clause)
    if used >= 0 and not _STILL.search(clause[used:]) and not _STILL.search(rest) \
            and not _TOOK_INSTEAD.search(clause[used:]):
        return True  # "we used to run our RAG prototype on Pinecone"
    if _PRICED_OUT.match(rest) or _DOES_NOT_PAY.match(rest) or _RULED_OUT_AFTER.match(rest):
        # "Databricks was way too $$$ for us", "W&B has the nicer UI but per-seat pricing doesn't math for us": weighed
        # and found too dear, not in use
        return True
    if _last(_TRIED, clause) > _last(_USAGE, clause) and _NO_THANKS.search(raw[start:]):
        return True  # "tried W&B local ... it wants a license key before it'll show a graph. No thanks."
    if _ABANDONED_ALL.search(_ENDS_ASKED.split(raw[start:])[0]) and _last(_TRIED, clause) > _last(_USAGE, clause):
        return True  # "we tried W&B, Neptune and Comet and dropped them all": each one of the list
    if _WISHED_KIND.search(clause) and _last(_USAGE, clause) < 0 and not _THEIRS_ANYWAY.search(clause):
        return True  # "hosted Jupyter for the team", "a shared Jupyter with GPUs": the kind of thing they want
    if _OURS_AFTER.match(rest) or _OURS_BEFORE.search(clause) or _DOES_IT_COUNT.match(clause) \
            and _COUNTS.search(rest):
        # "we need CI/CD for our models, GitLab is what we use", "a team whose SageMaker bill tripled?"
        return False
    if end is not None and end.group(0) == "?" and _USING_IT.match(raw[start + end.end() :]):
        return False  # "is ClearML still a thing? we've been using it for 3 years": the question is about theirs
    if (end is not None and end.group(0) == "?") or _QUESTION.match(clause):
        return True  # a question about a tool ("is MLflow any good?"), not a statement of use
    need = max((m.end() for m in lx.NEED_CUE.finditer(clause) if m.group(0) not in ("no", "without")
                and not _SPEECH.match(clause[m.end() :]) and not _GETS_DONE.match(clause[m.end() :])
                and not _DONE_ALREADY.search(clause[: m.start()])),
               default=-1)  # fmt: skip
    weighed = max(_last(_CONSIDER, clause), need)
    if weighed >= 0 and any(_A_MOVE.match(clause, m.end()) for m in _CONSIDER.finditer(clause)):
        return True  # "considering moving training to plain EC2 with SkyPilot": the move is weighed, with its tools
    if _PLANNED_WITH.search(clause):
        return True  # "we plan to serve Mistral with vLLM", "we'd like full MLOps with MLflow on top"
    move = _MOVE_PLANNED.search(clause)
    if move is not None and not _SOMEONE.search(clause[move.end() :]):
        return True  # "we want to move to a self-hosted open model on a rented GPU (Hetzner or RunPod) with vLLM"
    return weighed > _last(_USAGE, clause)


def understand(text: str, catalog: Catalog) -> dict[str, Any]:
    """Facts volunteered in free text: every profile field it states."""
    return read(text, catalog).facts


# -- a reply to one question ----------------------------------------------------------------------


def read_reply(question: Question, text: str, catalog: Catalog, *, numbers: bool = True,
               llm_work: bool = False) -> Reading:  # fmt: skip
    """A message read as a reply to `question`: its answer (under the question's id) and any other facts
    (`llm_work`: as for read()).

    `numbers`: the options were shown numbered, so a bare "2" picks the second option; otherwise
    a bare number is a team size ("5" after the role question is five people, not the fifth pain).
    """
    text = clipped(text).strip()
    if not text:
        return Reading()
    direct = _direct(question, text, numbers=numbers)
    if question.kind is Kind.TOOLS and names_nothing(text):
        return Reading(facts={question.id: ()})  # "nah", "none of those": no tools, and no unknown one named
    if direct is None and not numbers and re.fullmatch(r"\d{1,6}", text) and question.id != "team_size":
        return Reading(facts={"team_size": int(text)}) if int(text) >= 1 else Reading()
    reading = read(text, catalog, answering=question, llm_work=llm_work)
    facts = dict(reading.facts)
    if question.kind is Kind.YES_NO and direct is not None and _NO_THING.match(text) \
            and (reading.facts.get(question.id, direct) != direct
                 or question.id not in reading.facts and set(reading.facts) - {"team_size"}):
        # "no SaaS please" to "must you self-host?" is a yes: what it says no to, read whole; "no budget" there is a
        # no of another thing, noted there
        direct = None
    if question.kind is Kind.YES_NO and direct is None:
        low = lx.normal(text)
        if (said := _SO_THEN.search(low)) is not None:
            direct = lx.YES.match(said.group(1)) is not None  # "there's a cluster but we can't use it, so no"
        elif question.id == "open_source_only" and _NOT_A_RULE.search(low):
            direct = False  # "is 'preferably open source' an answer? it's not a hard rule"
        elif lx.UNSURE.match(low.strip()):
            facts.pop(question.id, None)  # "not sure, I think IT runs some openshift thing?": no answer yet
    if direct is not None:
        facts[question.id] = direct
    elif question.id not in facts:
        guessed = _guess(question, text, facts)
        if guessed is not None:
            facts[question.id] = guessed
    verdict = _VERDICT.search(text)  # the reasons first, then the answer: "… months of procurement. call it medium"
    if direct is None and verdict and len(verdict.group(1).split()) <= SHORT_ANSWER:
        settled = read(verdict.group(1), catalog, answering=question).facts
        if question.id in settled:
            facts[question.id] = settled[question.id]  # the answer settled on, over what the reasons mentioned
    for lead in _leads(question, text):
        if question.id in facts:
            break
        opening = read(lead, catalog, answering=question).facts  # a short answer, then what it means
        if question.id in opening:
            facts[question.id] = opening[question.id]
    if question.kind is Kind.TOOLS and not facts.get(question.id) and reading.unknown_tools \
            and not libraries_among(reading.unknown_tools)[1]:
        facts[question.id] = ()  # "just pytorch and sklearn": libraries they build with, and no tools
    if question.kind is Kind.TOOLS and not facts.get(question.id) and _OPENS_WITH_NOTHING.match(lx.normal(text)):
        facts[question.id] = ()  # "right now nothing, we need monitoring": no tools yet, and the needs said after
    if question.id == "maturity" and question.id not in facts and \
            {Frustration.MANUAL_RETRAINING, Frustration.STUCK_IN_NOTEBOOKS} & set(facts.get("frustrations", ())):
        facts[question.id] = 0  # "we retrain when sales complains", "the notebook IS the pipeline": all by hand
    if question.id not in facts and (other := _other_option(question, text)) is not None:
        facts.setdefault(*other)  # "medium" to "must the tools be open source?": the budget's option, noted
    return replace(reading, facts=facts)


#: A yes or no that ends a reply after its reasons: "technically there's a cluster but we can't use it, so no".
_SO_THEN = re.compile(r"(?:,|;|\.|-|–|—)\s*so,?\s+((?:no|nope|nah|not really|yes|yep|yeah|yup))\s*[.!]*\s*$")
#: A licence rule said, last, not to be one: "…? it's not a hard rule", "we'd like that, but it's not a must" (of
#: self-hosting, "we'd prefer it, but it's not a hard requirement" leaves the wish open).
_NOT_A_RULE = re.compile(r"(?:^\s*|[.?!;,]\s*|\bbut\s+)(?:it's|it is|that's|its|this is) not (?:a )?(?:hard |strict )?"
                         r"(?:rule|requirement|must|dealbreaker|deal-breaker|deal breaker|constraint)\s*[.!]*\s*$")
#: A reply's first sentence, before what it goes on to say ("manual everything. the notebook IS the pipeline").
_LEAD = re.compile(r"^\s*([^.;:!?\n]+?)\s*[.;:!\n]\s*\S")
#: A reply's first words up to a comma ("whatever works, I just need the agent out the door by March"), read for the
#: questions a word or two answers (not how the team works: "the pipeline trains, tests and deploys on its own").
_LEAD_COMMA = re.compile(r"^\s*([^.;:!?\n,]+?)\s*,\s*\S")
#: The same, asked back before it is explained: "whatever works? I don't have strong feelings either way".
_LEAD_ASKED = re.compile(r"^\s*([^.;:!?\n,]+?)\s*\?\s*\S")
_ONE_WORD_ANSWERS = frozenset({"cloud", "budget", "scope_preference", "open_source_only", "self_hosted",
                               "kubernetes", "team_size"})
_SEVERAL = re.compile(r"(?<![a-z])(?:half|hybrid|both|mix(?:ed)?|and|or)(?![a-z])|[+/&]")


def _leads(question: Question, text: str) -> Iterator[str]:
    """A reply's short opening answers to try, in order: its first sentence ("zero. retraining = me + a notebook"),
    then, for a question a word answers, its words up to a comma or a question mark ("whatever works, I just need the
    agent out the door", "whatever works? no strong feelings"), unless they name several answers or what follows is
    unsure ("half GCP half on-prem, it's a hybrid mess": none is chosen)."""
    lead = _LEAD.match(text)
    if lead and len(lead.group(1).split()) <= SHORT_ANSWER:
        yield lead.group(1)
    for form in (_LEAD_COMMA, _LEAD_ASKED):
        lead = form.match(text) if question.id in _ONE_WORD_ANSWERS else None
        if lead and len(lead.group(1).split()) <= SHORT_ANSWER and not _SEVERAL.search(lead.group(1).lower()) \
                and not lx.UNSURE.search(text[lead.end(1) :].lower()):
            yield lead.group(1)


#: A short answer that closes a reply, after its reasons: "call it medium", "let's say 12", "I'd say low".
_VERDICT = re.compile(r"(?:^|[.;!?,:]\s*|\s[-–—]\s*|\bso\s+)(?:call it|let's say|lets say|i'd say|i would say|"
                      r"put (?:it|us|me) (?:at|down as)|mark (?:it|us|me) (?:as|down as))\s+([^.;!?,]{1,40}?)\s*[.!]*"
                      r"\s*$", re.IGNORECASE)
#: A reply that opens by saying it has nothing, then goes on: "right now nothing, we need monitoring", "none yet -
#: starting from scratch".
_OPENS_WITH_NOTHING = re.compile(r"^\s*(?:(?:right now|currently|today|at the moment|for now|so far|honestly|tbh|"
                                 rf"well|um+|hmm+)[,:]?\s+)?{_NOTHING}\s*(?:[,;.:!—–-]|\s(?:and|but|so|we|i)\s)")
#: Words an answer given first in a longer reply has at most: "manual everything", "zero", "k8s yes".
SHORT_ANSWER = 4


#: "no" or "yes" run on into what it is said of ("no SaaS please", "no closed source", "can't use any cloud"), not an
#: answer on its own
#: ("no, managed is fine", "nope. nobody here wants to touch kubernetes").
_NO_THING = re.compile(r"^\s*(?:no|yes|nope|nah|yep|yeah|(?:(?:we|it|they) )?(?:can't|cannot|can not|mustn't|must not) "
                       r"(?:use|be))\s+[a-z]", re.IGNORECASE)


#: An option's number followed by a dash, colon or bracket and words about it: "2 — CI/CD on every merge".
_CHOSEN = re.compile(r"(\d{1,2})(?:\s*[–—:)]|\s+-\s|\.\s)\s*\S")  # not "3-person team": a hyphen joins words


@cache
def _option_labels() -> dict[str, tuple[str, Any]]:
    """Each option's exact label or value that belongs to one question only, with that question's id and the option
    typed as that question's answer ("Medium": the budget's)."""
    seen: dict[str, list[tuple[str, Any]]] = {}
    for question in QUESTIONS:
        for option in question.options:
            for key in {utils.default_process(option.label), utils.default_process(option.value)} - {""}:
                if not key.isdigit():  # a bare number is an option's number, or a count ("$0" is no level 0)
                    seen.setdefault(key, []).append((question.id, _typed(question, [option.value])))
    return {key: found[0] for key, found in seen.items() if len({q for q, _ in found}) == 1}


def _other_option(question: Question, text: str) -> tuple[str, Any] | None:
    """Another question's answer given by its exact option label ("medium" to the open-source question), or by a word
    that answers it only ("free")."""
    key = utils.default_process(text)
    found = _option_labels().get(key) or lx.ANSWER_WORDS.get(key)
    return found if found is not None and found[0] != question.id else None


def _direct(question: Question, text: str, *, numbers: bool) -> Any:
    """An option number, an option's exact label or value, a yes or no."""
    key = utils.default_process(text)
    if question.kind is Kind.NUMBER:
        return None
    options = question.options
    by_number = dict(question.numbered())
    if numbers and options and re.fullmatch(r"\d{1,3}(?:\s*(?:,|and|&|\s)\s*\d{1,3})*", text.strip()):
        picked = [int(n) for n in re.findall(r"\d+", text)]
        if all(n in by_number for n in picked):
            values = [by_number[n].value for n in picked]
            return _typed(question, values if question.kind is Kind.MULTI else values[:1])
    chose = _CHOSEN.match(text.strip()) if numbers and question.kind is Kind.SINGLE else None
    if chose is not None:  # "2 — every merge runs tests and deploys": the option's number, then why
        if int(chose.group(1)) in by_number:
            return _typed(question, [by_number[int(chose.group(1))].value])
    for option in options:
        if key in (utils.default_process(option.value), utils.default_process(option.label)):
            return _typed(question, [option.value])
    if question.kind is Kind.YES_NO:
        low = lx.normal(text).strip()
        if lx.UNSURE_REPLY.match(low):
            return None  # "no idea honestly", "no clue, ask IT": no answer, not a no
        if lx.YES.match(low):
            return True
        if lx.NO.match(low):
            return False
        if question.id in ("self_hosted", "open_source_only") and lx.INDIFFERENT.match(low):
            return False  # "doesn't matter to us": hosted tools, or any licence, are fine
    return None


def _typed(question: Question, values: list[str]) -> Any:
    if question.kind is Kind.YES_NO:
        return values[0] == "true"
    if question.id == "maturity":
        return int(values[0])
    if question.kind is Kind.MULTI:
        return tuple(values)
    return values[0]


def _guess(question: Question, text: str, facts: dict[str, Any]) -> Any:
    """Options named with a typo or a few of their words ("notebokos", "serving and monitoring")."""
    if question.kind not in (Kind.SINGLE, Kind.MULTI) or facts:
        return None
    pieces = _split(text) if question.kind is Kind.MULTI else [text]
    values = [_option_for(question, piece) for piece in pieces]
    if not values or any(value is None for value in values):
        return None
    return _typed(question, list(dict.fromkeys(v for v in values if v is not None)))


def _split(text: str) -> list[str]:
    parts = re.split(r",|;|/|\+|\band\b|\bplus\b|&|\n", text)
    return [part.strip(" .!?'\"") for part in parts if part.strip(" .!?'\"")]


def _option_for(question: Question, piece: str) -> str | None:
    piece_key = utils.default_process(piece)
    if len(piece_key) < 4:
        return None  # too short to guess at: "no" is not "Notebooks"
    labels = {utils.default_process(o.label): o.value for o in question.options}
    labels.update({utils.default_process(o.value.replace("_", " ")): o.value for o in question.options})
    words = set(piece_key.split())
    contained = {
        v for name, v in labels.items()
        if f" {piece_key} " in f" {name} " or (len(words) > 1 and words <= set(name.split()))
    }  # fmt: skip
    if len(contained) == 1:
        return contained.pop()
    if contained:
        return None
    found = process.extractOne(piece_key, list(labels), scorer=fuzz.ratio, score_cutoff=85)  # typos
    return labels[found[0]] if found else None


def choices_hint(question: Question) -> str:
    """What a reply to the question could be, briefly."""
    if question.kind is Kind.NUMBER:
        return "Please give a whole number, e.g. 5."
    if question.kind is Kind.YES_NO:
        return "Please answer yes or no."
    if question.kind is Kind.TOOLS:
        return "Type tool names separated by commas, or 'none'."
    if len(question.options) > 6:  # the question comes again with its options: don't list them twice
        return "Please pick from the options (their names are fine)."
    listed = ", ".join(f"{i}. {o.label}" for i, o in question.numbered())
    return f"Please choose from: {listed}."


def parse_answer(question: Question, text: str, catalog: Catalog, *, numbers: bool = True) -> Any:
    """The value a typed reply gives the question's field, or NotUnderstood."""
    if not text.strip():
        raise NotUnderstood("I didn't catch an answer.")
    reading = read_reply(question, text, catalog, numbers=numbers)
    if question.id in reading.facts:
        value = reading.facts[question.id]
        if question.kind is Kind.NUMBER and (not isinstance(value, int) or value < 1):
            raise NotUnderstood(choices_hint(question))
        return value
    strangers = libraries_among(reading.unknown_tools)[1]
    if question.kind is Kind.TOOLS and strangers:
        hints = catalog.suggest(strangers[0])
        hint = f" Did you mean {', '.join(hints)}?" if hints else ""
        raise NotUnderstood(f"I don't know {', '.join(strangers[:3])}.{hint} Or type 'none'.")
    raise NotUnderstood(choices_hint(question) + (" (several are fine)" if question.kind is Kind.MULTI else ""))
