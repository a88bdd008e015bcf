namespace CrossBorderBot.Knowledge.Model;

/// <summary>The raw entries a <see cref="KnowledgeBase"/> is built from (the loader fills it; tests may too).</summary>
internal sealed class KnowledgeBaseContent
{
    public List<Source> Sources { get; } = [];
    public List<Region> Regions { get; } = [];
    public List<Country> Countries { get; } = [];
    public List<Category> Categories { get; } = [];
    public List<Platform> Platforms { get; } = [];
    public List<LogisticsChannel> LogisticsChannels { get; } = [];
    public List<Market> Markets { get; } = [];
    public List<ComplianceItem> Compliance { get; } = [];
    public List<ExportMode> ExportModes { get; } = [];
    public List<Playbook> Playbooks { get; } = [];
    public List<GlossaryTerm> Glossary { get; } = [];
    public ReadinessModel Readiness { get; set; } = new();
    public List<PaperChallenge> PaperChallenges { get; } = [];
    public List<PaperCountermeasure> PaperCountermeasures { get; } = [];
    public ExchangeRates ExchangeRates { get; set; } = new();
    public SourceHosts SourceHosts { get; set; } = new();
    public List<ImportRegime> ImportRegimes { get; } = [];
}
