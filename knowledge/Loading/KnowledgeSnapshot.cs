using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// The typed knowledge base as stored by <see cref="KnowledgeSnapshotCache"/>: the entries of a
/// <see cref="KnowledgeBaseContent"/> in settable lists (the serializer cannot fill the content's get-only lists), and
/// the key of the data they were loaded from.
/// </summary>
internal sealed class KnowledgeSnapshot
{
    public string Key { get; set; } = string.Empty;
    public List<Source> Sources { get; set; } = [];
    public List<Region> Regions { get; set; } = [];
    public List<Country> Countries { get; set; } = [];
    public List<Category> Categories { get; set; } = [];
    public List<Platform> Platforms { get; set; } = [];
    public List<LogisticsChannel> LogisticsChannels { get; set; } = [];
    public List<Market> Markets { get; set; } = [];
    public List<ComplianceItem> Compliance { get; set; } = [];
    public List<ExportMode> ExportModes { get; set; } = [];
    public List<Playbook> Playbooks { get; set; } = [];
    public List<GlossaryTerm> Glossary { get; set; } = [];
    public ReadinessModel Readiness { get; set; } = new();
    public List<PaperChallenge> PaperChallenges { get; set; } = [];
    public List<PaperCountermeasure> PaperCountermeasures { get; set; } = [];
    public ExchangeRates ExchangeRates { get; set; } = new();
    public SourceHosts SourceHosts { get; set; } = new();
    public List<ImportRegime> ImportRegimes { get; set; } = [];

    public static KnowledgeSnapshot Of(string key, KnowledgeBase knowledgeBase) => new()
    {
        Key = key,
        Sources = [.. knowledgeBase.Sources],
        Regions = [.. knowledgeBase.Regions],
        Countries = [.. knowledgeBase.Countries],
        Categories = [.. knowledgeBase.Categories],
        Platforms = [.. knowledgeBase.Platforms],
        LogisticsChannels = [.. knowledgeBase.LogisticsChannels],
        Markets = [.. knowledgeBase.Markets],
        Compliance = [.. knowledgeBase.Compliance],
        ExportModes = [.. knowledgeBase.ExportModes],
        Playbooks = [.. knowledgeBase.Playbooks],
        Glossary = [.. knowledgeBase.Glossary],
        Readiness = knowledgeBase.Readiness,
        PaperChallenges = [.. knowledgeBase.PaperChallenges],
        PaperCountermeasures = [.. knowledgeBase.PaperCountermeasures],
        ExchangeRates = knowledgeBase.ExchangeRates,
        SourceHosts = knowledgeBase.SourceHosts,
        ImportRegimes = [.. knowledgeBase.ImportRegimes],
    };

    public KnowledgeBase ToKnowledgeBase()
    {
        var content = new KnowledgeBaseContent { Readiness = Readiness, ExchangeRates = ExchangeRates, SourceHosts = SourceHosts };
        content.Sources.AddRange(Sources);
        content.Regions.AddRange(Regions);
        content.Countries.AddRange(Countries);
        content.Categories.AddRange(Categories);
        content.Platforms.AddRange(Platforms);
        content.LogisticsChannels.AddRange(LogisticsChannels);
        content.Markets.AddRange(Markets);
        content.Compliance.AddRange(Compliance);
        content.ExportModes.AddRange(ExportModes);
        content.Playbooks.AddRange(Playbooks);
        content.Glossary.AddRange(Glossary);
        content.PaperChallenges.AddRange(PaperChallenges);
        content.PaperCountermeasures.AddRange(PaperCountermeasures);
        content.ImportRegimes.AddRange(ImportRegimes);
        return new KnowledgeBase(content);
    }
}
