using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Refuses to start with a Slack configuration that would accept events but could never answer them: a signing
/// secret without a bot token, or a Web API base that is not an absolute http(s) address.
/// </summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:BotToken is required when Slack:SigningSecret is set (the bot could not reply).");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiBaseUrl)
            && (!Uri.TryCreate(options.ApiBaseUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) address, e.g. https://slack.com/api/.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
