namespace CrossBorderBot.Knowledge.Search;

/// <summary>What kind of entry a search hit is.</summary>
public enum SearchEntryType
{
    Platform,
    LogisticsChannel,
    Market,
    ImportRule,
    Compliance,
    ExportMode,
    Playbook,
    GlossaryTerm,
    PaperChallenge,
    PaperCountermeasure,
    RoadmapStep,
}
