namespace CrossBorderBot.Alerts;

/// <summary>The button verbs of the alerts (dispatched on the verb, never on the title).</summary>
public static class AlertVerbs
{
    public const string Subscribe = "alerts.subscribe";
    public const string List = "alerts.list";
    public const string Stop = "alerts.stop";

    /// <summary>Data key: comma-separated market ids.</summary>
    public const string MarketsKey = "markets";

    /// <summary>Data key: the language the button was shown in.</summary>
    public const string LanguageKey = "lang";
}
