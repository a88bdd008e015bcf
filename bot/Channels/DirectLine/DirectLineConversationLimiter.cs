using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// Caps how many new conversations the secret and the page's token endpoint may create per minute (all callers
/// together): a public page hands out tokens to anyone, so this bounds what a script hammering it can create.
/// </summary>
public sealed class DirectLineConversationLimiter(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _count;

    /// <summary>Counts one new conversation; false (and how long to wait) when the minute's allowance is used up.</summary>
    public bool TryAcquire(out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (now - _windowStart >= Window)
            {
                _windowStart = now;
                _count = 0;
            }

            if (_count >= options.Value.MaxNewConversationsPerMinute)
            {
                retryAfter = _windowStart + Window - now;
                return false;
            }

            _count++;
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }
}
