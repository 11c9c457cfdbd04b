using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Finsam.Grants.Data.Migrations
{
    /// <inheritdoc />
    public partial class Participants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "participants",
                table: "follow_ups",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "participants",
                table: "follow_ups");
        }
    }
}
