using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>What a Web API method answered: <c>ok</c>, the <c>error</c> code when not ok, and the whole body.</summary>
public sealed record SlackApiResult(bool Ok, string? Error, JObject Body)
{
    /// <summary>The message timestamp (<c>ts</c>), which is also the message's id for updates.</summary>
    public string? Ts => Body.Value<string>("ts");
}
