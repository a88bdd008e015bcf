using CrossBorderBot.Channels.Slack;

namespace CrossBorderBot.Tests.Slack;

public sealed class SlackOptionsValidatorTests
{
    private static readonly SlackOptionsValidator Validator = new();

    [Fact]
    public void Slack_left_unconfigured_is_valid()
    {
        Assert.True(Validator.Validate(null, new SlackOptions()).Succeeded);
    }

    [Fact]
    public void A_signing_secret_without_a_bot_token_is_refused_at_start_up()
    {
        var result = Validator.Validate(null, new SlackOptions { SigningSecret = "secret" });

        Assert.True(result.Failed);
        Assert.Contains("Slack:BotToken", result.FailureMessage);
    }

    [Fact]
    public void A_relative_api_base_is_refused()
    {
        var result = Validator.Validate(null, new SlackOptions { SigningSecret = "secret", BotToken = "xoxb-1", ApiBaseUrl = "slack/api" });

        Assert.True(result.Failed);
        Assert.Contains("Slack:ApiBaseUrl", result.FailureMessage);
    }

    [Fact]
    public void The_api_base_resolves_method_names_with_or_without_a_trailing_slash()
    {
        Assert.Equal("http://127.0.0.1:5000/api/chat.postMessage", new Uri(new SlackOptions { ApiBaseUrl = "http://127.0.0.1:5000/api" }.ApiBaseUri(), "chat.postMessage").ToString());
        Assert.Equal("https://slack.com/api/chat.postMessage", new Uri(new SlackOptions().ApiBaseUri(), "chat.postMessage").ToString());
    }
}
