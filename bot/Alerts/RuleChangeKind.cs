namespace CrossBorderBot.Alerts;

/// <summary>Why an alert is sent.</summary>
public enum RuleChangeKind
{
    /// <summary>A dated rule change in the knowledge base took effect.</summary>
    TakesEffect,

    /// <summary>A knowledge-base entry for the market was changed (a new release of the knowledge base).</summary>
    EntryUpdated,
}
