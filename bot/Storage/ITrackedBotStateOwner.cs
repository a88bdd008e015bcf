namespace CrossBorderBot.Storage;

/// <summary>An SDK state scope whose loading and saving a <see cref="TrackedBotStateScope"/> does (so a turn's saves can join in one write).</summary>
internal interface ITrackedBotStateOwner
{
    TrackedBotStateScope Scope { get; }
}
