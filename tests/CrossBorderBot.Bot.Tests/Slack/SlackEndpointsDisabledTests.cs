using System.Net;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Slack;

public sealed class SlackEndpointsDisabledTests
{
    [Theory]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/interactions")]
    [InlineData("/api/slack/commands")]
    public async Task Without_a_signing_secret_the_slack_endpoints_do_not_exist(string path)
    {
        await using var host = await SlackBotHost.StartAsync(signingSecret: null);

        using var response = await host.PostSignedAsync(path, "{}", "application/json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(host.Api.Calls);
    }
}
