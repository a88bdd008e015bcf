using System.Net;
using System.Net.Sockets;
using System.Text;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Security;

/// <summary>When the OpenID metadata cannot be fetched, no token can be checked: 503 and a clear log line, not 500.</summary>
public sealed class MetadataUnreachableTests
{
    [Fact]
    public async Task A_token_that_cannot_be_checked_gets_503_and_one_clear_log_line()
    {
        await using var issuer = await LocalOpenIdIssuer.StartAsync();
        var closedPort = ClosedPort();
        await using var bot = await AuthenticatedBotFixture.StartBotAsync($"https://127.0.0.1:{closedPort}/.well-known/openid-configuration", issuer.CaBundlePath, issuer.BaseUrl);
        var activity = BotActivityPayloads.Message("hi", "c-metadata-down", channelId: "msteams", expectReplies: true);
        activity["serviceUrl"] = issuer.BaseUrl;

        using var client = bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + issuer.Token(AuthenticatedBotFixture.AppId, issuer.BaseUrl));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        await Task.Delay(300);
        var log = bot.Output.ToList();
        Assert.Contains(log, line => line.Contains("OpenID metadata or signing keys are unreachable", StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
