using System.Collections.Frozen;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Alerts;

/// <summary>
/// The alerts' buttons: their verbs (dispatched on the verb, never on the title), the data each carries, and a click
/// read back as an <see cref="AlertCommand"/> — written and read here only, so the two never drift apart.
/// </summary>
public static class AlertVerbs
{
    // Each kind of command is its button's verb, read back through this map: the kinds are the one list of verbs.
    private static readonly FrozenDictionary<string, AlertCommandKind> KindsByVerb =
        Enum.GetValues<AlertCommandKind>().ToFrozenDictionary(Verb, StringComparer.Ordinal);

    /// <summary>Data key: comma-separated market ids.</summary>
    public const string MarketsKey = "markets";

    /// <summary>Data key: the language the button was shown in.</summary>
    public const string LanguageKey = "lang";

    /// <summary>The verb of a command's button: "alerts." and the kind in lower case ("alerts.subscribe", "alerts.list", "alerts.stop").</summary>
    public static string Verb(AlertCommandKind kind) => "alerts." + kind.ToString().ToLowerInvariant();

    /// <summary>"Alert me about …": subscribes to the markets of a result.</summary>
    public static ReplyAction SubscribeButton(string title, IEnumerable<string> marketIds, BotLanguage language) =>
        new(title, Verb(AlertCommandKind.Subscribe), new Dictionary<string, string> { [MarketsKey] = string.Join(',', marketIds), [LanguageKey] = language.Tag });

    /// <summary>"My alerts" and "Stop alerts", the two buttons under every alert reply.</summary>
    public static IReadOnlyList<ReplyAction> ListAndStopButtons(string listTitle, string stopTitle, BotLanguage language) =>
        [new(listTitle, Verb(AlertCommandKind.List), LanguageOnly(language)), StopButton(stopTitle, language)];

    public static ReplyAction StopButton(string title, BotLanguage language) => new(title, Verb(AlertCommandKind.Stop), LanguageOnly(language));

    /// <summary>The command an alert button's submit data asks for; null when the data is not an alert button's.</summary>
    public static AlertCommand? Read(JObject data)
    {
        if (data.Value<string>(ReplySubmitData.VerbKey) is not { } verb || !KindsByVerb.TryGetValue(verb, out var kind))
        {
            return null;
        }

        var markets = (data.Value<string>(MarketsKey) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var language = data.Value<string>(LanguageKey) is { } lang ? BotLanguage.Of(lang) : (BotLanguage?)null;
        return new AlertCommand(kind, markets, language);
    }

    private static Dictionary<string, string> LanguageOnly(BotLanguage language) => new() { [LanguageKey] = language.Tag };
}
