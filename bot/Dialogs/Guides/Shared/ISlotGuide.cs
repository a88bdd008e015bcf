using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>A guide that reads every message for all of its questions (slots), not only the one it asked.</summary>
public interface ISlotGuide
{
    /// <summary>True when the message gives a value for any of the guide's questions (read clearly, anywhere in it).</summary>
    bool Reads(RecognizedMessage message);
}
