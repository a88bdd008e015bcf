namespace CrossBorderBot.Knowledge.Answering;

/// <summary>What a name found in a question refers to.</summary>
public enum EntityKind
{
    /// <summary>A market the knowledge base has an entry for (or the EU).</summary>
    Market,

    /// <summary>A country the knowledge base knows by name but has no market entry for.</summary>
    Country,

    Platform,
    LogisticsChannel,
    Compliance,
    GlossaryTerm,
    ExportMode,
}
