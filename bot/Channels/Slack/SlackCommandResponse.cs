using System.Text.Json.Serialization;

namespace CrossBorderBot.Channels.Slack;

/// <summary>The immediate answer to a slash command; <c>ephemeral</c> = shown only to the user who typed it.</summary>
public sealed record SlackCommandResponse(
    [property: JsonPropertyName("response_type")] string ResponseType,
    [property: JsonPropertyName("text")] string Text)
{
    public static SlackCommandResponse Ephemeral(string text) => new("ephemeral", text);
}
