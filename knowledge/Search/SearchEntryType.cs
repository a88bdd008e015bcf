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

    /// <summary>A level of the readiness assessment ("Getting ready"), as the bot's own result names it.</summary>
    ReadinessLevel,

    /// <summary>A dimension the readiness assessment scores ("Supply chain").</summary>
    ReadinessDimension,
}
