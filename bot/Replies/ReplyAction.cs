namespace CrossBorderBot.Replies;

/// <summary>
/// A button. Clicking it sends <c>{ "verb": Verb, ...Data }</c>; the bot dispatches on the verb, never on the
/// title. With a <paramref name="Url"/> the button opens the link instead (Slack still reports the click with the
/// same data).
/// </summary>
public sealed record ReplyAction(string Title, string Verb, IReadOnlyDictionary<string, string>? Data = null, string? Url = null);
