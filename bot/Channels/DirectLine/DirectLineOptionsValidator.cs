using CrossBorderBot.Composition;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>Refuses to start with Direct Line limits that would refuse every client or keep nothing.</summary>
public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    private const long MinStoredBytes = 64 * 1024;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options) => new OptionsFailures()
        .Require(options.TokenLifetime >= TimeSpan.FromMinutes(1), "DirectLine:TokenLifetime must be at least a minute.")
        .Require(options.MaxActivityCharacters > 0 && options.MaxUploadBytes > 0, "DirectLine size limits must be positive.")
        .Require(options.MaxActivitiesPerConversation >= 10, "DirectLine:MaxActivitiesPerConversation must be at least 10.")
        .Require(
            options.MaxStoredBytesPerConversation >= MinStoredBytes && options.MaxPollBytes >= MinStoredBytes,
            "DirectLine:MaxStoredBytesPerConversation and MaxPollBytes must be at least 64 KB.")
        .Require(options.MaxNewConversationsPerMinute > 0, "DirectLine:MaxNewConversationsPerMinute must be positive.")
        .Require(
            options.MaxTokensPerClientPerMinute > 0 && options.MaxVisitorConversationsPerMinute > 0
                && options.MaxPostsPerTokenPerMinute > 0 && options.MaxPostsPerClientPerMinute > 0,
            "DirectLine per-client limits must be positive.")
        .Require(!string.IsNullOrWhiteSpace(options.BotId) && !string.IsNullOrWhiteSpace(options.BotName), "DirectLine:BotId and BotName are required.")
        .Result();
}
