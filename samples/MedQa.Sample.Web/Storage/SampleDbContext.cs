using MedQa.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MedQa.Sample.Web.Storage;

/// <summary>MedQa's tables (from MedQa.EntityFrameworkCore) plus the site's own: its accounts.</summary>
/// <param name="options">SQLite by default, PostgreSQL by configuration (<see cref="DatabaseOptions"/>).</param>
public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : MedQaDbContext(options)
{
    /// <summary>The accounts.</summary>
    public DbSet<SiteAccount> Accounts => Set<SiteAccount>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<SiteAccount>(account =>
        {
            account.ToTable("SiteAccounts");
            account.HasKey(row => row.UserName);
            account.Property(row => row.UserName).HasMaxLength(SiteAccount.MaxUserNameLength);
            account.Property(row => row.DisplayName).HasMaxLength(200);
            account.Property(row => row.Role).HasMaxLength(32);
            account.Property(row => row.PhysicianId).HasMaxLength(200);
        });
    }
}
