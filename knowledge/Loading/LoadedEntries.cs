using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Everything read so far, each entry with its location, before the cross-reference checks.</summary>
internal sealed class LoadedEntries
{
    public List<Located<Source>> Sources { get; } = [];
    public List<Located<Region>> Regions { get; } = [];
    public List<Located<Country>> Countries { get; } = [];
    public List<Located<Category>> Categories { get; } = [];
    public List<Located<Platform>> Platforms { get; } = [];
    public List<Located<LogisticsChannel>> Channels { get; } = [];
    public List<Located<Market>> Markets { get; } = [];
    public List<Located<ComplianceItem>> Compliance { get; } = [];
    public List<Located<ExportMode>> ExportModes { get; } = [];
    public List<Located<Playbook>> Playbooks { get; } = [];
    public List<Located<GlossaryTerm>> Glossary { get; } = [];
    public List<Located<PaperChallenge>> Challenges { get; } = [];
    public List<Located<PaperCountermeasure>> Countermeasures { get; } = [];
    public Located<ReadinessModel>? Readiness { get; set; }
    public Located<ExchangeRates>? ExchangeRates { get; set; }
    public DataFile? GeographyFile { get; set; }
    public DataFile? CategoriesFile { get; set; }
    public DataFile? PaperFile { get; set; }

    public KnowledgeBaseContent ToContent()
    {
        var content = new KnowledgeBaseContent
        {
            Readiness = Readiness?.Value ?? new ReadinessModel(),
            ExchangeRates = ExchangeRates?.Value ?? new ExchangeRates(),
        };
        content.Sources.AddRange(Sources.Select(e => e.Value));
        content.Regions.AddRange(Regions.Select(e => e.Value));
        content.Countries.AddRange(Countries.Select(e => e.Value));
        content.Categories.AddRange(Categories.Select(e => e.Value));
        content.Platforms.AddRange(Platforms.Select(e => e.Value));
        content.LogisticsChannels.AddRange(Channels.Select(e => e.Value));
        content.Markets.AddRange(Markets.Select(e => e.Value));
        content.Compliance.AddRange(Compliance.Select(e => e.Value));
        content.ExportModes.AddRange(ExportModes.Select(e => e.Value));
        content.Playbooks.AddRange(Playbooks.Select(e => e.Value));
        content.Glossary.AddRange(Glossary.Select(e => e.Value));
        content.PaperChallenges.AddRange(Challenges.Select(e => e.Value));
        content.PaperCountermeasures.AddRange(Countermeasures.Select(e => e.Value));
        return content;
    }
}
