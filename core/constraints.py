"""Hard constraints: what a tool must never break to be recommended for new adoption."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.catalog import Tool
from core.profile import Profile
from core.vocabulary import Budget, Category, Cloud, ComputeSource, Deployment, Pricing, Stage, Status, label

if TYPE_CHECKING:  # scoring reads violations from here (a tool in use that breaks a rule keeps no stage)
    from core.scoring import Wanted

#: The hard constraints a person can set, softest first, each with the answer that would lift it.
LIFTS: dict[str, dict[str, Any]] = {
    "budget": {"budget": Budget.LOW},
    "kubernetes": {"kubernetes": True},
    "open_source_only": {"open_source_only": False},
    "self_hosted": {"self_hosted": False},
}


#: How a tool's status reads after "it is": "it is in maintenance mode: …", "it is shut down: …".
STATUS_WORDS = {Status.ACTIVE: "active", Status.MAINTENANCE: "in maintenance mode", Status.DEPRECATED: "deprecated",
                Status.ARCHIVED: "archived", Status.SHUT_DOWN: "shut down"}


def hard_constraints(profile: Profile) -> list[str]:
    """The hard constraints this person set (keys of LIFTS), softest first."""
    set_now = {
        "budget": profile.budget is Budget.NONE,
        "kubernetes": profile.kubernetes is False,
        "open_source_only": bool(profile.open_source_only),
        "self_hosted": profile.must_self_host(),
    }
    return [key for key in LIFTS if set_now[key]]


def violations(tool: Tool, profile: Profile) -> list[str]:
    """The hard constraints a tool breaks for this profile, in the user's terms."""
    broken = []
    if tool.category is Category.CUSTOM_ML_PLATFORM:
        # what its entry says of it (Uber is open-sourcing Michelangelo's core, in beta), else the rule
        broken.append(f"it is an in-house platform: {tool.status_note.rstrip('.')}" if tool.open_source
                      and tool.status_note else "it is an in-house platform that nobody else can adopt")
    elif not tool.adoptable:
        broken.append(f"it is {STATUS_WORDS[tool.status]}: {(tool.status_note or '').rstrip('.')}")
    if profile.open_source_only and not tool.open_source:
        broken.append(f"it is not open source ({tool.license}), and you need open source")
    if profile.must_self_host() and Deployment.SELF_HOSTED not in tool.deployment:
        broken.append("it cannot run on your own infrastructure, and you need self-hosting" if profile.self_hosted
                      else "it cannot run on your own infrastructure, and I assume a team on-prem self-hosts")
    if profile.without_kubernetes() and tool.needs_your_cluster(profile.must_self_host()):
        if Deployment.SAAS not in tool.deployment:
            broken.append("it requires Kubernetes, and you have none")
        else:  # only the edition they would run themselves needs the cluster (W&B's server; its SaaS needs none)
            broken.append("running it yourself requires Kubernetes, and you have none" if profile.self_hosted
                          else "running it yourself requires Kubernetes, you have none, and I assume a team on-prem "
                          "self-hosts")
    if tool.clouds and profile.cloud is not None and profile.cloud not in tool.clouds:
        tied = " or ".join(label(c.value) for c in tool.clouds)
        broken.append(f"it only runs on {tied}, and you are on {label(profile.cloud.value)}")
    if profile.budget is Budget.NONE and tool.pricing not in (Pricing.FREE, Pricing.FREEMIUM):
        broken.append(f"it is {tool.pricing.value.replace('_', ' ')}, and your budget is free only")
    elif profile.budget is Budget.NONE and profile.must_self_host() and tool.self_hosted_pricing is Pricing.PAID:
        # its free tier is the vendor's hosted service: the edition they would run themselves is licensed
        broken.append("its self-hosted edition is paid, and you need free tools you run yourself" if profile.self_hosted
                      else "its self-hosted edition is paid, you need free tools, and I assume a team on-prem "
                      "self-hosts")
    return broken


#: The profile fields `admissible` reads, besides what they want (a property test checks it).
ADMISSION_READS = frozenset({"current_stack", "kubernetes", "open_source_only", "self_hosted", "cloud", "budget"})


def admissible(tool: Tool, profile: Profile, wanted: Wanted) -> bool:
    """Can the tool be a pick: built for a wanted stage, not already used, no broken constraint?

    Whole clouds are context (they decide which managed services fit), never a pick; a tool that only
    touches a stage (a library, general infrastructure) never fills it.
    """
    return fits_wanted(tool, profile, wanted) and clear(tool, profile)


def fits_wanted(tool: Tool, profile: Profile, wanted: Wanted) -> bool:
    """What `admissible` reads of what they want: built for a wanted job, not one only its paid edition does for
    a team that can use only free tools or only open source, nor one only its hosted service does for a team that
    must self-host or use only open source, and not compute from machines that are not for them."""
    return fills(tool, wanted) and affordable(tool, profile, wanted) and runnable(tool, profile, wanted) \
        and not machines_missing(tool, profile, wanted)


def fills(tool: Tool, wanted: Wanted) -> bool:
    """Is the tool built for a wanted stage (for its own main jobs, when nothing is wanted yet), and not a
    whole cloud? What `admissible` reads of what they want."""
    if tool.category is Category.GENERAL_CLOUD:
        return False
    return bool(jobs_here(tool, wanted))


def jobs_here(tool: Tool, wanted: Wanted) -> list[Stage]:
    """The wanted jobs it is built for (its own main jobs, when nothing is wanted yet), and for a team that would
    rather have one platform, those a platform does besides its main jobs (`Wanted.in_one`); for a team that runs
    only its own software, not those only its hosted service does while it does another (`Wanted.builds`)."""
    aside = wanted.in_one(tool) if wanted.whole else ()
    return [stage for stage in (wanted.weights or tool.primary_stages) if wanted.builds(tool, stage) or stage in aside]


def paid_jobs(tool: Tool, wanted: Wanted) -> list[Stage]:
    """The wanted jobs it would do here, when its free edition does none of them (monitoring ML models is Arthur's
    paid Platform, not its free engine); empty otherwise."""
    return _only_in(tool, wanted, tool.paid_stages)


def _only_in(tool: Tool, wanted: Wanted, edition: tuple[Stage, ...]) -> list[Stage]:
    """The wanted jobs it would do here, when that edition's jobs (paid-only or hosted-only) hold all of them."""
    if not edition:
        return []
    jobs = jobs_here(tool, wanted)
    return jobs if tool.only_in(jobs, edition) else []


def machines_missing(tool: Tool, profile: Profile, wanted: Wanted) -> str | None:
    """Why the compute a tool would give them is no answer, or None: its only job here is compute on machines they
    would bring (a Ray cluster, cloud accounts for SkyPilot) and they have only laptops and no budget; or its GPUs
    are free best-effort sessions within quotas (Colab, Kaggle), which answer only someone who cannot pay, where a
    team with any budget rents machines that stay up."""
    if tool.compute_source is None:  # built for no compute: every tool but a few, on every admission
        return None
    jobs = jobs_here(tool, wanted)
    if tool.only_compute_from(jobs, ComputeSource.YOURS) and profile.budget is Budget.NONE \
            and profile.cloud is Cloud.NONE and not profile.kubernetes:
        return "it runs work on machines you bring (a cluster or a cloud account), and with only laptops and no " \
            "budget you have none to give it"
    if Stage.COMPUTE in jobs and free_sessions_only(tool, profile):
        return "its GPUs are free best-effort sessions within quotas, and with a budget rented machines that stay " \
            "up serve you better"
    return None


def free_sessions_only(tool: Tool, profile: Profile) -> bool:
    """Are its GPUs free best-effort sessions within quotas (Colab, Kaggle), for someone with a budget to rent
    machines that stay up: no answer to their compute, whether they would add it or run it already."""
    return tool.compute_source is ComputeSource.FREE_QUOTA and profile.budget not in (None, Budget.NONE)


def hosted_jobs(tool: Tool, wanted: Wanted) -> list[Stage]:
    """The wanted jobs it would do here, when only the vendor's hosted service does them (Portkey's tracing is in its
    hosted app, not in the open-source gateway a team runs); empty otherwise."""
    return _only_in(tool, wanted, tool.hosted_stages)


def runnable(tool: Tool, profile: Profile, wanted: Wanted) -> bool:
    """Not a tool whose own software does nothing they want, for someone who must self-host or use only open source
    (its hosted service is the vendor's, and closed)."""
    return not ((profile.must_self_host() or profile.open_source_only) and hosted_jobs(tool, wanted))


def affordable(tool: Tool, profile: Profile, wanted: Wanted) -> bool:
    """Not a tool whose free edition does nothing they want, for someone who can use only free tools or only open
    source (its paid edition is closed)."""
    return not ((profile.budget is Budget.NONE or profile.open_source_only) and paid_jobs(tool, wanted))


def clear(tool: Tool, profile: Profile) -> bool:
    """Not already in use and breaking no hard constraint: what `admissible` reads of the profile
    (only its ADMISSION_READS fields)."""
    return tool.id not in profile.stack() and not violations(tool, profile)
