using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.AspNetCore.Http;

namespace CrossBorderBot.Tests.Security;

/// <summary>
/// One visitor hammering the public page's endpoints is refused (429 with Retry-After); other visitors and servers
/// holding the secret are still served. (Reproduction: 130 token requests in 0.2 s used to block every new chat.)
/// </summary>
public sealed class DirectLineClientLimitTests : IDisposable
{
    private const string Attacker = "203.0.113.7";
    private const string Neighbour = "198.51.100.20";
    private readonly DirectLineTestHost _host = new();

    [Fact]
    public async Task A_token_flood_from_one_address_is_limited_while_another_address_and_the_secret_are_served()
    {
        var answers = new List<int>();
        string? retryAfter = null;
        for (var i = 0; i < 130; i++)
        {
            var context = await _host.Server.SendFromAsync(Attacker, "POST", "/api/webchat/token");
            answers.Add(context.Response.StatusCode);
            if (context.Response.StatusCode == StatusCodes.Status429TooManyRequests)
            {
                retryAfter ??= context.Response.Headers.RetryAfter.ToString();
            }
        }

        Assert.Contains(StatusCodes.Status200OK, answers);
        Assert.True(answers.Count(status => status == StatusCodes.Status429TooManyRequests) >= 100, "most of the flood is refused");
        Assert.True(int.TryParse(retryAfter, out var seconds) && seconds is >= 1 and <= 60, $"Retry-After was '{retryAfter}'");

        var neighbour = await _host.Server.SendFromAsync(Neighbour, "POST", "/api/webchat/token");
        Assert.Equal(StatusCodes.Status200OK, neighbour.Response.StatusCode);
        var token = JsonNode.Parse(await neighbour.BodyAsync())!["token"]!.GetValue<string>();
        var started = await _host.Server.SendFromAsync(Neighbour, "POST", "/v3/directline/conversations", bearer: token);
        Assert.Equal(StatusCodes.Status201Created, started.Response.StatusCode);

        // A server using the secret from the attacker's own address is not counted against visitors.
        var server = await _host.Server.SendFromAsync(Attacker, "POST", "/v3/directline/tokens/generate", bearer: DirectLineTestHost.Secret);
        Assert.Equal(StatusCodes.Status200OK, server.Response.StatusCode);
        var serverConversation = await _host.Server.SendFromAsync(Attacker, "POST", "/v3/directline/conversations", bearer: DirectLineTestHost.Secret);
        Assert.Equal(StatusCodes.Status201Created, serverConversation.Response.StatusCode);

        // The attacker is served again once the window has passed.
        _host.Clock.Advance(TimeSpan.FromSeconds(61));
        var later = await _host.Server.SendFromAsync(Attacker, "POST", "/api/webchat/token");
        Assert.Equal(StatusCodes.Status200OK, later.Response.StatusCode);
    }

    [Fact]
    public async Task Posts_are_limited_per_token_and_another_visitor_keeps_talking()
    {
        using var host = new DirectLineTestHost(settings: new Dictionary<string, string?> { ["DirectLine:MaxPostsPerTokenPerMinute"] = "5" });
        var flooder = await StartAsync(host, Attacker);
        var other = await StartAsync(host, Neighbour);

        var statuses = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            var post = await host.Server.SendFromAsync(Attacker, "POST", $"/v3/directline/conversations/{flooder.Conversation}/activities", flooder.Token, Message(flooder.User));
            statuses.Add(post.Response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(status => status == StatusCodes.Status200OK));
        Assert.Equal(3, statuses.Count(status => status == StatusCodes.Status429TooManyRequests));

        var neighbourPost = await host.Server.SendFromAsync(Neighbour, "POST", $"/v3/directline/conversations/{other.Conversation}/activities", other.Token, Message(other.User));
        Assert.Equal(StatusCodes.Status200OK, neighbourPost.Response.StatusCode);
    }

    public void Dispose() => _host.Dispose();

    private static string Message(string user) => $$"""{"type":"message","text":"help","from":{"id":"{{user}}"},"locale":"en-US"}""";

    private static async Task<(string Conversation, string Token, string User)> StartAsync(DirectLineTestHost host, string address)
    {
        var issued = await host.Server.SendFromAsync(address, "POST", "/api/webchat/token");
        var body = JsonNode.Parse(await issued.BodyAsync())!;
        var token = body["token"]!.GetValue<string>();
        var started = await host.Server.SendFromAsync(address, "POST", "/v3/directline/conversations", bearer: token);
        Assert.Equal(StatusCodes.Status201Created, started.Response.StatusCode);
        return (body["conversationId"]!.GetValue<string>(), token, body["userId"]!.GetValue<string>());
    }
}
