using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>An activity the bot sent to the fake Teams connector, with the message id the connector gave it.</summary>
public sealed record TeamsSentActivity(string Path, string Id, JObject Activity)
{
    public string? Text => (string?)Activity["text"];

    /// <summary>The first Adaptive Card attached, if any.</summary>
    public JObject? Card => Activity["attachments"]?.FirstOrDefault(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"] as JObject;
}
