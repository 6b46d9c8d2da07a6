"""The catalog's source policy: which URLs may back a fact.

Facts come from the tool's own site, docs, repository, licence file, package registry entry or release
notes, its owner's announcements, a foundation's pages, a cloud vendor's own docs, or reputable press
for deals. Aggregators, mirrors, SEO pages, personal blogs and bare IP addresses are refused, each with
the kind of source it is, so `catalog validate` can name the entry, the URL and why.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

#: Hosts of code, packages and releases: a tool's repository and registry entries are primary.
CODE_AND_REGISTRIES = frozenset(
    {
        "github.com", "raw.githubusercontent.com", "gitlab.com", "bitbucket.org", "codeberg.org",
        "pypi.org", "npmjs.com", "www.npmjs.com", "hub.docker.com", "anaconda.org", "pkg.go.dev",
        "crates.io", "artifacthub.io", "huggingface.co", "marketplace.visualstudio.com",
    }
)  # fmt: skip

#: Foundations and standards bodies whose pages record governance moves.
FOUNDATIONS = frozenset(
    {
        "apache.org", "cncf.io", "linuxfoundation.org", "lfaidata.foundation", "pytorch.org",
        "opensource.org", "spdx.org", "numfocus.org", "lfai.foundation", "opentofu.org",
    }
)  # fmt: skip

#: Cloud and platform vendors' own documentation and newsrooms.
VENDORS = frozenset(
    {
        "amazon.com", "amazonaws.com", "aboutamazon.com", "google.com", "blog.google", "microsoft.com",
        "azure.com", "nvidia.com", "ibm.com", "redhat.com", "oracle.com", "hpe.com", "intel.com",
        "openai.com", "anthropic.com", "meta.com", "fb.com", "cloudflare.com", "coreweave.com",
        "databricks.com", "snowflake.com", "clickhouse.com", "datadoghq.com", "tensorflow.org",
        "kubernetes.io", "docker.com", "jfrog.com", "atlassian.com", "gov.uk", "mintlify.com",
        "rubrik.com", "cisco.com", "splunk.com", "apple.com", "lfprojects.org", "hashicorp.com",
        "digitalocean.com",  # Paperspace's owner since 2023: its docs carry Paperspace's
        "paloaltonetworks.com",  # Portkey's owner since 2026: its newsroom announced the deal
    }
)  # fmt: skip

#: Reputable press, for deals (acquisitions, shutdowns) that the owners announce elsewhere.
PRESS = frozenset(
    {
        "techcrunch.com", "reuters.com", "bloomberg.com", "theverge.com", "venturebeat.com",
        "thenewstack.io", "theregister.com", "geekwire.com", "siliconangle.com", "cnbc.com",
        "wsj.com", "ft.com", "infoq.com", "axios.com", "fortune.com", "businesswire.com",
        "prnewswire.com", "globenewswire.com", "zdnet.com", "arstechnica.com", "nytimes.com",
        "forbes.com", "theinformation.com", "techzine.eu",
    }
)  # fmt: skip

#: Known non-primary sources, with the kind that gets them refused.
REJECTED = {
    "blog.csdn.net": "a blog aggregator", "csdn.net": "a blog aggregator",
    "aiwiki.ai": "an aggregator wiki", "grokipedia.com": "an aggregator wiki",
    "wikipedia.org": "an encyclopedia, not a primary source", "deepwiki.com": "an aggregator wiki",
    "zephtech.net": "an SEO site", "machineherald-io.pages.dev": "an SEO site",
    "skills.sh": "an aggregator", "telematika.org": "an aggregator", "icloud.pe": "an SEO site",
    "gitee.com": "a code mirror", "gitverse.ru": "a code mirror", "git.mytsl.cn": "a code mirror",
    "libre.xram.net": "a code mirror", "joyk.com": "a news aggregator", "dev.to": "a blogging platform",
    "medium.com": "a blogging platform", "mcpservers.org": "an aggregator",
    "featurestorecomparison.com": "a comparison site", "usagepricing.com": "an SEO site",
    "pypistats.org": "a statistics aggregator", "stackshare.io": "an aggregator",
    "g2.com": "a review aggregator", "producthunt.com": "a listing site",
}  # fmt: skip


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def _within(host: str, domains: Iterable[str]) -> str | None:
    for domain in domains:
        if host == domain or host.endswith("." + domain):
            return domain
    return None


def site_of(url: str) -> str:
    """The registrable part of a URL's host, approximately (the last two labels; three for co.uk)."""
    labels = _host(url).split(".")
    keep = 3 if len(labels) > 2 and labels[-2] in {"co", "com", "ac", "org"} and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def refusal(url: str, *, own_sites: Iterable[str], known_sites: Iterable[str]) -> str | None:
    """Why a URL may not back a fact, or None when it may.

    `own_sites` are the tool's own registrable domains; `known_sites` those of every tool in the
    catalog (an owner announcing a deal about a tool it bought is a primary source).
    """
    parts = urlsplit(url)
    host = _host(url)
    if parts.scheme not in ("https", "http") or not host:
        return "not a web address"
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        return "a bare IP address"
    rejected = _within(host, REJECTED)
    if rejected is not None:
        return REJECTED[rejected]
    if host.endswith(".github.io") or host.endswith(".readthedocs.io") or host.endswith(".gitlab.io"):
        return None  # a project's own pages on its code host
    for allowed in (CODE_AND_REGISTRIES, FOUNDATIONS, VENDORS, PRESS, own_sites, known_sites):
        if _within(host, allowed) is not None:
            return None
    return "not the tool's own site, its repository or registry, a foundation, or reputable press"
