"""Accounts, sessions, saved profiles with confirmed skills, roadmap progress and feedback.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_secrets",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("email"),
    )
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("current_role", sa.String(length=200), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("education", sa.String(length=500), nullable=False),
        sa.Column("hours_per_week", sa.Float(), nullable=False),
        sa.Column("style", sa.String(length=20), nullable=True),
        sa.Column("free_only", sa.Boolean(), nullable=False),
        sa.Column("roadmap_start", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_profiles_user_id"), ["user_id"], unique=False)

    op.create_table(
        "analysis_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("analysis_feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_analysis_feedback_profile_id"), ["profile_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_analysis_feedback_user_id"), ["user_id"], unique=False)

    op.create_table(
        "profile_skills",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=10), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("years", sa.Float(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("found_level", sa.String(length=20), nullable=True),
        sa.Column("corrected", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("profile_id", "skill_id"),
    )
    op.create_table(
        "roadmap_items",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=200), nullable=False),
        sa.Column("chosen_resource", sa.String(length=200), nullable=True),
        sa.Column("tried", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("hours_done", sa.Float(), nullable=False),
        sa.Column("finished_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("profile_id", "item_key"),
    )
    op.create_table(
        "skill_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("profile_id", sa.Integer(), nullable=True),
        sa.Column("session_key", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("skill_id", sa.String(length=200), nullable=False),
        sa.Column("extracted_level", sa.String(length=20), nullable=True),
        sa.Column("new_level", sa.String(length=20), nullable=True),
        sa.Column("method", sa.String(length=20), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("skill_feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_skill_feedback_profile_id"), ["profile_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_skill_feedback_session_key"), ["session_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_skill_feedback_skill_id"), ["skill_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_skill_feedback_user_id"), ["user_id"], unique=False)

    op.create_table(
        "web_sessions",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("profile_id", sa.Integer(), nullable=True),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("web_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_web_sessions_last_seen"), ["last_seen"], unique=False)
        batch_op.create_index(batch_op.f("ix_web_sessions_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("web_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_web_sessions_user_id"))
        batch_op.drop_index(batch_op.f("ix_web_sessions_last_seen"))

    op.drop_table("web_sessions")
    with op.batch_alter_table("skill_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_feedback_user_id"))
        batch_op.drop_index(batch_op.f("ix_skill_feedback_skill_id"))
        batch_op.drop_index(batch_op.f("ix_skill_feedback_session_key"))
        batch_op.drop_index(batch_op.f("ix_skill_feedback_profile_id"))

    op.drop_table("skill_feedback")
    op.drop_table("roadmap_items")
    op.drop_table("profile_skills")
    with op.batch_alter_table("analysis_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_analysis_feedback_user_id"))
        batch_op.drop_index(batch_op.f("ix_analysis_feedback_profile_id"))

    op.drop_table("analysis_feedback")
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_profiles_user_id"))

    op.drop_table("profiles")
    op.drop_table("users")
    op.drop_table("app_secrets")
