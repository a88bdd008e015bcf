namespace CrossBorderBot.Knowledge.Model;

/// <summary>End-user model.</summary>
public enum BusinessModel
{
    B2B,
    B2C,
    O2O,
}
