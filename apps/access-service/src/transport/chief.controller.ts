import { HandOverChief, HandOverChiefCommand, type MemberView } from '@chaman/contracts';
import { OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { HandOverChiefUseCase } from '../application/hand-over-chief';

/** The chief access manager role changing hands. */
@Controller()
export class ChiefController {
  constructor(private readonly handOver: HandOverChiefUseCase) {}

  @OnMessage(HandOverChief)
  handOverChief(@Payload() command: HandOverChiefCommand): Promise<MemberView> {
    return this.handOver.execute(command);
  }
}
