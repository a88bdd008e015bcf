using CrossBorderBot.Safety;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// Per-client limits of the public Direct Line door, kept apart from the secret so that one anonymous visitor can slow
/// down only themselves: tokens and new conversations per client address, posts per token and per address. Callers
/// holding the secret (a server) have their own allowance for new conversations and are not counted against visitors.
/// </summary>
public sealed class DirectLineClientLimits
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private const string SecretKey = "secret";
    private const string AnyVisitorKey = "visitors";

    private readonly KeyedRateLimiter _tokensPerClient;
    private readonly KeyedRateLimiter _conversationsBySecret;
    private readonly KeyedRateLimiter _conversationsByVisitors;
    private readonly KeyedRateLimiter _postsPerToken;
    private readonly KeyedRateLimiter _postsPerClient;

    public DirectLineClientLimits(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _tokensPerClient = new KeyedRateLimiter(o.MaxTokensPerClientPerMinute, Minute, time);
        _conversationsBySecret = new KeyedRateLimiter(o.MaxNewConversationsPerMinute, Minute, time);
        _conversationsByVisitors = new KeyedRateLimiter(o.MaxVisitorConversationsPerMinute, Minute, time);
        _postsPerToken = new KeyedRateLimiter(o.MaxPostsPerTokenPerMinute, Minute, time);
        _postsPerClient = new KeyedRateLimiter(o.MaxPostsPerClientPerMinute, Minute, time);
    }

    /// <summary>A token from the page's endpoint for <paramref name="client"/>; <paramref name="newConversation"/> also counts against all visitors together.</summary>
    public bool TryIssueVisitorToken(string client, bool newConversation, out TimeSpan retryAfter)
        => _tokensPerClient.TryAcquire(client, out retryAfter)
            && (!newConversation || _conversationsByVisitors.TryAcquire(AnyVisitorKey, out retryAfter));

    /// <summary>A new conversation (or a token for one) made with the secret.</summary>
    public bool TryStartWithSecret(out TimeSpan retryAfter) => _conversationsBySecret.TryAcquire(SecretKey, out retryAfter);

    /// <summary>A post: a token's posts count per token and per client address; the secret's are not limited here.</summary>
    public bool TryPost(DirectLineCaller caller, string client, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        return caller.Token is not { } token
            || (_postsPerToken.TryAcquire(token.ConversationId + "/" + token.UserId, out retryAfter)
                && _postsPerClient.TryAcquire(client, out retryAfter));
    }
}
