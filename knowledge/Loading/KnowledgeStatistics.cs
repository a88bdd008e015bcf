using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Coverage figures of a loaded knowledge base, in a fixed order, for <c>kb stats</c>.</summary>
public static class KnowledgeStatistics
{
    /// <summary>Plain counts per entry type, then source quality figures; keys are stable (scripts read them).</summary>
    public static IReadOnlyList<(string Key, int Count)> Counts(KnowledgeLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var kb = result.KnowledgeBase;
        return
        [
            ("platforms", kb.Platforms.Count),
            ("logisticsChannels", kb.LogisticsChannels.Count),
            ("markets", kb.Markets.Count),
            ("importRules", kb.Markets.Sum(m => m.ImportRules.Count)),
            ("complianceItems", kb.Compliance.Count),
            ("exportModes", kb.ExportModes.Count),
            ("playbooks", kb.Playbooks.Count),
            ("glossaryTerms", kb.Glossary.Count),
            ("sources", kb.Sources.Count),
            ("sourcesWithPublishedDate", kb.Sources.Count(s => s.Published is not null)),
            ("entriesWithCaveat", kb.Markets.Count(m => m.Caveat is not null) + kb.Markets.Sum(m => m.ImportRules.Count(r => r.Caveat is not null))
                                  + kb.Compliance.Count(c => c.Caveat is not null) + kb.Playbooks.Count(p => p.Caveat is not null)),
            ("regions", kb.Regions.Count),
            ("countries", kb.Countries.Count),
            ("categories", kb.Categories.Count),
            ("readinessDimensions", kb.Readiness.Dimensions.Count),
            ("readinessQuestions", kb.Readiness.Questions.Count),
            ("roadmapSteps", kb.Readiness.RoadmapSteps.Count),
            ("paperChallenges", kb.PaperChallenges.Count),
            ("paperCountermeasures", kb.PaperCountermeasures.Count),
            ("exchangeRates", kb.ExchangeRates.Rates.Count),
            ("problems", result.Problems.Count),
        ];
    }

    /// <summary>Sources by who runs their host: official, platform or carrier, third party (sources/hosts.yaml).</summary>
    public static IReadOnlyList<(string Key, int Count)> SourcesByHostType(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var kinds = kb.Sources.Select(source => kb.SourceClassOf(source).Kind).ToArray();
        return
        [
            ("official", kinds.Count(k => k == SourceHostKind.Official)),
            ("platformOrCarrier", kinds.Count(k => k == SourceHostKind.PlatformOrCarrier)),
            ("thirdParty", kinds.Count(k => k == SourceHostKind.ThirdParty)),
        ];
    }

    /// <summary>Compliance items per kind (kebab-case kind names, as in the data).</summary>
    public static IReadOnlyList<(string Key, int Count)> ComplianceByKind(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        return Enum.GetValues<ComplianceKind>()
            .Select(kind => (KebabCase(kind.ToString()), kb.Compliance.Count(c => c.Kind == kind)))
            .ToArray();
    }

    private static string KebabCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
