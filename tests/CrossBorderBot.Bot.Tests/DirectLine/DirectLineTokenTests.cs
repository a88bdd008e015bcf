using System.Net;
using System.Text;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.DirectLine;

public sealed class DirectLineTokenTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();
    private readonly DirectLineTestClient _client;

    public DirectLineTokenTests() => _client = _host.CreateDirectLineClient();

    [Fact]
    public async Task Secret_is_exchanged_for_a_token_that_opens_its_conversation_and_gets_the_welcome()
    {
        var generated = await _client.GenerateTokenAsync(DirectLineTestHost.Secret, userId: "dl_visitor1");

        Assert.Equal(1800, generated.ExpiresIn);
        Assert.NotEqual(DirectLineTestHost.Secret, generated.Token);
        Assert.Equal("dl_visitor1", DirectLineTestClient.UserOf(generated.Token));

        var started = await _client.StartAsync(generated.Token);
        Assert.Equal(generated.ConversationId, started.ConversationId);

        var poll = await _client.PollAsync(started.ConversationId, generated.Token);
        Assert.Contains(poll.Activities, a => a["text"]?.GetValue<string>()?.Contains("CrossBorderBot", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Expired_token_is_refused_with_TokenExpired_on_poll_post_and_refresh()
    {
        var session = await _client.StartAsync((await _client.GenerateTokenAsync(DirectLineTestHost.Secret)).Token);

        _host.Clock.Advance(TimeSpan.FromMinutes(31));

        using var poll = await _client.PollRawAsync(session.ConversationId, session.Token);
        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineTestClient.ErrorCodeAsync(poll));

        using var post = await _client.PostRawAsync(session.ConversationId, session.Token, """{"type":"message","text":"hi"}""");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineTestClient.ErrorCodeAsync(post));

        using var refresh = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineTestClient.ErrorCodeAsync(refresh));
    }

    [Fact]
    public async Task Refreshed_token_keeps_the_conversation_and_user_past_the_first_tokens_expiry()
    {
        var first = await _client.StartAsync((await _client.GenerateTokenAsync(DirectLineTestHost.Secret, userId: "dl_refresher")).Token);

        _host.Clock.Advance(TimeSpan.FromMinutes(15));
        var refreshed = await _client.RefreshAsync(first.Token);
        Assert.Equal(first.ConversationId, refreshed.ConversationId);
        Assert.Equal("dl_refresher", DirectLineTestClient.UserOf(refreshed.Token));
        Assert.Equal(1800, refreshed.ExpiresIn);

        _host.Clock.Advance(TimeSpan.FromMinutes(20));
        using var oldPoll = await _client.PollRawAsync(first.ConversationId, first.Token);
        Assert.Equal(HttpStatusCode.Forbidden, oldPoll.StatusCode);

        var poll = await _client.PollAsync(first.ConversationId, refreshed.Token);
        Assert.NotEmpty(poll.Activities);
    }

    [Fact]
    public async Task Missing_credentials_get_401_and_forged_or_foreign_tokens_get_403()
    {
        var session = await _client.StartAsync((await _client.GenerateTokenAsync(DirectLineTestHost.Secret, userId: "dl_owner")).Token);

        using var anonymous = await _client.PollRawAsync(session.ConversationId, credential: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        // Same signature, payload changed to another user: the signature no longer matches.
        var parts = session.Token.Split('.');
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))).Replace("dl_owner", "dl_intrud", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64Url(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
        using var forgedPoll = await _client.PollRawAsync(session.ConversationId, forged);
        Assert.Equal(HttpStatusCode.Forbidden, forgedPoll.StatusCode);
        Assert.Equal("Forbidden", await DirectLineTestClient.ErrorCodeAsync(forgedPoll));

        // A genuine token from a bot with another secret.
        using var otherHost = new DirectLineTestHost(secret: "another-secret-entirely-9876543210");
        using var otherClient = otherHost.CreateDirectLineClient();
        var foreign = await otherClient.GenerateTokenAsync("another-secret-entirely-9876543210");
        using var foreignPoll = await _client.PollRawAsync(session.ConversationId, foreign.Token);
        Assert.Equal(HttpStatusCode.Forbidden, foreignPoll.StatusCode);

        using var wrongSecret = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");
        Assert.Equal(HttpStatusCode.Forbidden, wrongSecret.StatusCode);
    }

    [Fact]
    public async Task A_token_cannot_generate_tokens_or_reach_another_conversation()
    {
        var a = await _client.StartAsync((await _client.GenerateTokenAsync(DirectLineTestHost.Secret)).Token);
        var b = await _client.StartAsync((await _client.GenerateTokenAsync(DirectLineTestHost.Secret)).Token);

        using var read = await _client.PollRawAsync(b.ConversationId, a.Token);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);

        using var write = await _client.PostRawAsync(b.ConversationId, a.Token, """{"type":"message","text":"hello B"}""");
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var bLog = await _client.PollAsync(b.ConversationId, b.Token);
        Assert.DoesNotContain(bLog.Activities, activity => activity["text"]?.GetValue<string>() == "hello B");

        using var generate = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", a.Token);
        Assert.Equal(HttpStatusCode.Forbidden, generate.StatusCode);

        // Starting again with A's token reopens A, never a new conversation.
        var again = await _client.StartAsync(a.Token);
        Assert.Equal(a.ConversationId, again.ConversationId);
    }

    [Fact]
    public async Task Posting_with_a_token_speaks_as_the_tokens_user_whatever_the_activity_claims()
    {
        var session = await _client.StartAsync((await _client.GenerateTokenAsync(DirectLineTestHost.Secret, userId: "dl_real_user")).Token);

        await _client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("help", "dl_someone_else", "client-1"));

        var poll = await _client.PollAsync(session.ConversationId, session.Token);
        var echo = Assert.Single(poll.Activities, a => a["channelData"]?["clientActivityID"]?.GetValue<string>() == "client-1");
        Assert.Equal("dl_real_user", echo["from"]!["id"]!.GetValue<string>());
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private static string Pad(string base64Url)
    {
        var base64 = base64Url.Replace('-', '+').Replace('_', '/');
        return base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
