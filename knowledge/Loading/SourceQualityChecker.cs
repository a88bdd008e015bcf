using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// Checks the sources themselves against sources/hosts.yaml: no denied host, https wherever the host serves it, and
/// at least one source on an official host of the market for every import rule and compliance item. Also checks that
/// an entry which admits something could not be verified carries a caveat users will see.
/// </summary>
internal sealed class SourceQualityChecker(LoadedEntries entries, List<KnowledgeProblem> problems)
{
    private const string HostsFile = "sources/hosts.yaml";

    // Second-level labels that only governments and intergovernmental bodies register under (cbp.gov, gov.uk, go.jp,
    // gob.mx, gouv.fr, gc.ca, wipo.int); the first label of a host is left out, so "go.example.com" does not count.
    private static readonly HashSet<string> GovernmentLabels = new(StringComparer.OrdinalIgnoreCase) { "gov", "go", "gob", "gouv", "gc", "govt", "int", "mil" };

    private Dictionary<string, Source> _sources = [];
    private HashSet<string> _euMembers = [];

    public void Check()
    {
        _sources = entries.Sources
            .GroupBy(s => s.Value.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        _euMembers = entries.Countries.Where(c => c.Value.Eu).Select(c => c.Value.Code).ToHashSet(StringComparer.Ordinal);
        CheckCaveats();
        if (entries.SourceHosts is not { } located)
        {
            if (!entries.UnreadableIds.ContainsKey("source-hosts"))
            {
                problems.Add(new KnowledgeProblem(HostsFile, 0, "sources/hosts.yaml is missing: official-source, deny-list and https checks cannot run"));
            }

            return;
        }

        var hosts = located.Value;
        foreach (var source in entries.Sources)
        {
            CheckAddress(source, hosts);
        }

        foreach (var market in entries.Markets)
        {
            var scope = Scope([market.Value.Id]);
            for (var r = 0; r < market.Value.ImportRules.Count; r++)
            {
                var rule = market.Value.ImportRules[r];
                RequireOfficial(market, $"/importRules/{r}/sources", $"import rule '{rule.Id}'", rule.Sources, scope, hosts);
            }
        }

        foreach (var item in entries.Compliance)
        {
            RequireOfficial(item, "/sources", $"compliance item '{item.Value.Id}'", item.Value.Sources, Scope(item.Value.Markets), hosts);
        }
    }

    /// <summary>The markets whose authorities may ground a rule: the entry's own, the EU for member states, and
    /// intergovernmental bodies ("global").</summary>
    private HashSet<string> Scope(IEnumerable<string> markets)
    {
        var scope = new HashSet<string>(markets, StringComparer.OrdinalIgnoreCase) { "global" };
        if (scope.Any(_euMembers.Contains))
        {
            scope.Add("eu");
        }

        return scope;
    }

    private static void CheckAddress(Located<Source> located, SourceHosts hosts)
    {
        var source = located.Value;
        if (source.Url.Length == 0)
        {
            return;
        }

        if (SourceHosts.HostOf(source) is not { } host)
        {
            located.Report("/url", $"source '{source.Id}' has no usable http(s) address");
            return;
        }

        if (hosts.DeniedEntry(host) is { } denied)
        {
            located.Report("/url", $"source '{source.Id}' points to denied host '{host}' ({denied.Reason}); cite the official text instead");
        }

        if (source.Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !hosts.IsHttpOnly(host))
        {
            located.Report("/url", $"source '{source.Id}' uses http:// but '{host}' is not listed as http-only in {HostsFile}: use https://");
        }

        // An authority's own site counted as a third party hides an official source from the official-host check and
        // from kb stats: a government domain must be classified.
        if (IsGovernmentDomain(host) && hosts.Classify(source) != SourceHostKind.Official)
        {
            located.Report("/url", $"source '{source.Id}' is on '{host}', a government domain that {HostsFile} does not list: add it to the official hosts of its market");
        }
    }

    private static bool IsGovernmentDomain(string host) =>
        host.Split('.').Skip(1).Any(GovernmentLabels.Contains);

    private void RequireOfficial<T>(Located<T> owner, string pointer, string what, IReadOnlyList<string> ids, HashSet<string> scope, SourceHosts hosts)
    {
        var known = ids.Where(_sources.ContainsKey).Select(id => _sources[id]).ToArray();
        if (known.Length == 0)
        {
            return; // Dangling or missing sources are reported by the reference checks.
        }

        if (!known.Any(s => SourceHosts.HostOf(s) is { } host && hosts.IsOfficialFor(host, scope)))
        {
            owner.Report(pointer, $"{what} has no source on an official host of {string.Join(", ", scope.Where(m => m != "global").Order(StringComparer.Ordinal))} (see {HostsFile})");
        }
    }

    private void CheckCaveats()
    {
        foreach (var market in entries.Markets)
        {
            if (market.Value.Caveat is null && UnverifiedClaimDetector.Find(market.Value, "caveat", "importRules") is { } said)
            {
                market.Report(string.Empty, $"market '{market.Value.Id}' says \"{said}\" but has no caveat to show users");
            }

            for (var r = 0; r < market.Value.ImportRules.Count; r++)
            {
                var rule = market.Value.ImportRules[r];
                if (rule.Caveat is null && UnverifiedClaimDetector.Find(rule, "caveat") is { } ruleSaid)
                {
                    market.Report($"/importRules/{r}", $"import rule '{rule.Id}' says \"{ruleSaid}\" but has no caveat to show users");
                }
            }
        }

        foreach (var item in entries.Compliance)
        {
            if (item.Value.Caveat is null && UnverifiedClaimDetector.Find(item.Value, "caveat") is { } said)
            {
                item.Report(string.Empty, $"compliance item '{item.Value.Id}' says \"{said}\" but has no caveat to show users");
            }
        }

        foreach (var playbook in entries.Playbooks)
        {
            if (playbook.Value.Caveat is null && UnverifiedClaimDetector.Find(playbook.Value, "caveat") is { } said)
            {
                playbook.Report(string.Empty, $"playbook '{playbook.Value.Id}' says \"{said}\" but has no caveat to show users");
            }
        }
    }
}
