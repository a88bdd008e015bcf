using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>One call the bot made to the fake Slack Web API.</summary>
public sealed record SlackApiCall(string Method, JObject Body, string Authorization)
{
    /// <summary>The <c>ts</c> the fake answered with (the posted or updated message).</summary>
    public string? Ts { get; init; }

    /// <summary>The HTTP status the fake answered with.</summary>
    public int Status { get; init; }

    public string? Channel => Body.Value<string>("channel");

    public string? ThreadTs => Body.Value<string>("thread_ts");

    public string? Text => Body.Value<string>("text");

    public JArray? Blocks => Body["blocks"] as JArray;

    /// <summary>The texts of the buttons in the call's blocks.</summary>
    public IReadOnlyList<string> ButtonTitles =>
        [.. (Blocks ?? []).Where(block => block.Value<string>("type") == "actions")
            .SelectMany(block => block["elements"] as JArray ?? [])
            .Select(element => element.SelectToken("text.text")?.ToString() ?? string.Empty)];

    public override string ToString() => $"{Method} {Channel} thread={ThreadTs ?? "-"} text={Text}";
}
