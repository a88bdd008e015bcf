using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Security;

/// <summary>
/// <c>/api/messages</c> with authentication on, against a local OpenID issuer: a correctly signed channel token is
/// accepted; every malformed or invalid one is a 401 with one concise log line, and the bot sends nothing.
/// </summary>
public sealed class JwtAuthenticationTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string RefusalLogLine = "Refused an activity on /api/messages with 401";

    public static TheoryData<string> BadTokens => new()
    {
        "garbage", "alg-none", "hs256", "bad-signature", "not-yet-valid", "expired-beyond-skew", "wrong-audience",
        "wrong-issuer", "service-url-mismatch", "unendorsed-channel", "no-header", "basic-scheme", "empty-bearer",
    };

    [Fact]
    public async Task A_correctly_signed_channel_token_is_accepted_and_answered()
    {
        var activity = Activity("c-signed-ok", expectReplies: true);
        var token = fixture.Issuer.Token(AuthenticatedBotFixture.AppId, fixture.Issuer.BaseUrl);

        using var response = await PostAsync(activity, "Bearer " + token);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}\n{string.Join('\n', fixture.Bot.Output.TakeLast(60))}");
        var replies = JsonNode.Parse(body)!["activities"]!.AsArray();
        Assert.Contains(replies, reply => reply!["type"]!.GetValue<string>() == "message");
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task An_invalid_token_gets_401_one_log_line_and_no_reply(string kind)
    {
        var conversation = "c-bad-" + kind;
        var activity = Activity(conversation, expectReplies: false);
        var refusalsBefore = fixture.Bot.Output.Count(line => line.Contains(RefusalLogLine, StringComparison.Ordinal));

        using var response = await PostAsync(activity, AuthorizationFor(kind));
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(fixture.Issuer.ConnectorCalls, path => path.Contains(conversation, StringComparison.Ordinal));
        var log = fixture.Bot.Output.ToList();
        Assert.DoesNotContain(log, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
        if (kind is not ("no-header" or "basic-scheme" or "empty-bearer"))
        {
            // A missing credential is refused by the SDK itself before any token is read.
            Assert.True(
                log.Count(line => line.Contains(RefusalLogLine, StringComparison.Ordinal)) > refusalsBefore,
                "one warning line names the refusal");
        }
    }

    private string? AuthorizationFor(string kind)
    {
        var issuer = fixture.Issuer;
        var appId = AuthenticatedBotFixture.AppId;
        var now = DateTimeOffset.UtcNow;
        switch (kind)
        {
            case "garbage":
                return "Bearer this-is-not-a-token";
            case "alg-none":
                return "Bearer " + LocalOpenIdIssuer.Base64Url("""{"alg":"none","typ":"JWT"}""") + "." + Payload(appId, issuer.BaseUrl) + ".";
            case "hs256":
            {
                var input = LocalOpenIdIssuer.Base64Url("""{"alg":"HS256","typ":"JWT","kid":"endorsed-key"}""") + "." + Payload(appId, issuer.BaseUrl);
                var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes("test-app-password-not-used-offline"), Encoding.ASCII.GetBytes(input));
                return "Bearer " + input + "." + LocalOpenIdIssuer.Base64Url(signature);
            }

            case "bad-signature":
            {
                var parts = issuer.Token(appId, issuer.BaseUrl).Split('.');
                return "Bearer " + parts[0] + "." + Payload(appId, issuer.BaseUrl, extra: "admin") + "." + parts[2];
            }

            case "not-yet-valid":
                return "Bearer " + issuer.Token(appId, issuer.BaseUrl, notBefore: now.AddMinutes(15), expires: now.AddHours(2));
            case "expired-beyond-skew":
                return "Bearer " + issuer.Token(appId, issuer.BaseUrl, notBefore: now.AddHours(-2), expires: now.AddMinutes(-10));
            case "wrong-audience":
                return "Bearer " + issuer.Token("someone-elses-app", issuer.BaseUrl);
            case "wrong-issuer":
                return "Bearer " + issuer.Token(appId, issuer.BaseUrl, issuer: "https://not-the-issuer.test");
            case "service-url-mismatch":
                return "Bearer " + issuer.Token(appId, "https://elsewhere.test/");
            case "unendorsed-channel":
                return "Bearer " + issuer.Token(appId, issuer.BaseUrl, keyId: LocalOpenIdIssuer.OtherChannelKeyId);
            case "no-header":
                return null;
            case "basic-scheme":
                return "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("user:pass"));
            case "empty-bearer":
                return "Bearer ";
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static string Payload(string audience, string serviceUrl, string? extra = null) => LocalOpenIdIssuer.Base64Url(new JsonObject
    {
        ["iss"] = LocalOpenIdIssuer.Issuer,
        ["aud"] = audience,
        ["serviceurl"] = serviceUrl,
        ["nbf"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(),
        ["exp"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(),
        ["role"] = extra,
    }.ToJsonString());

    private JsonObject Activity(string conversationId, bool expectReplies)
    {
        var activity = BotActivityPayloads.Message("hi", conversationId, channelId: "msteams", expectReplies: expectReplies);
        activity["serviceUrl"] = fixture.Issuer.BaseUrl;
        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization)
    {
        using var client = fixture.Bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }
}
