using Microsoft.EntityFrameworkCore;

namespace MedQa.EntityFrameworkCore;

/// <summary>
/// A context with MedQa's tables only; derive from it to add the host's own (accounts, sessions), or call
/// <see cref="MedQaModelBuilderExtensions.ApplyMedQaModel"/> from your own context instead.
/// </summary>
/// <param name="options">The provider and connection (SQLite, PostgreSQL, …).</param>
public class MedQaDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The questions.</summary>
    public DbSet<QuestionRecord> Questions => Set<QuestionRecord>();

    /// <summary>The answers, in every review state.</summary>
    public DbSet<AnswerRecord> Answers => Set<AnswerRecord>();

    /// <summary>The physicians.</summary>
    public DbSet<PhysicianRecord> Physicians => Set<PhysicianRecord>();

    /// <summary>The current votes: one row per (answer, voter).</summary>
    public DbSet<VoteRecord> Votes => Set<VoteRecord>();

    /// <summary>Every accepted vote change.</summary>
    public DbSet<VoteEventRecord> VoteEvents => Set<VoteEventRecord>();

    /// <summary>Adds MedQa's entities; an override must call this base method.</summary>
    /// <param name="modelBuilder">The model being built.</param>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyMedQaModel();
    }
}
