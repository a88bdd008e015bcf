using System.Runtime.CompilerServices;

namespace CrossBorderBot.Replies;

/// <summary>
/// Which reply each outgoing activity was rendered from, kept in process only: an in-process door (the terminal)
/// renders the reply model itself instead of reading back the card made from it. An entry lives as long as its
/// activity; nothing is serialized, so HTTP channels see the activity unchanged.
/// </summary>
public static class RenderedReplies
{
    private static readonly ConditionalWeakTable<IActivity, Reply> Replies = new();

    /// <summary>The reply this activity was rendered from, or null for an activity not built from a reply.</summary>
    public static Reply? Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Replies.TryGetValue(activity, out var reply) ? reply : null;
    }

    internal static void Remember(IActivity activity, Reply reply) => Replies.AddOrUpdate(activity, reply);
}
